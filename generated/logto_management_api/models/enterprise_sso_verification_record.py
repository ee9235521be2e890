from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enterprise_sso_verification_record_type import (
    EnterpriseSsoVerificationRecordType,
    check_enterprise_sso_verification_record_type,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.social_user_info import SocialUserInfo


T = TypeVar("T", bound="EnterpriseSsoVerificationRecord")


@_attrs_define
class EnterpriseSsoVerificationRecord:
    id: str
    connector_id: str
    type_: EnterpriseSsoVerificationRecordType
    enterprise_sso_user_info: SocialUserInfo | Unset = UNSET
    issuer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("connector_id", self.connector_id),
                ("type_", self.type_),
                ("enterprise_sso_user_info", self.enterprise_sso_user_info),
                ("issuer", self.issuer),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        connector_id = self.connector_id

        type_: str = self.type_

        enterprise_sso_user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enterprise_sso_user_info, Unset):
            enterprise_sso_user_info = self.enterprise_sso_user_info.to_dict()

        issuer = self.issuer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "connectorId": connector_id,
                "type": type_,
            }
        )
        if enterprise_sso_user_info is not UNSET:
            field_dict["enterpriseSsoUserInfo"] = enterprise_sso_user_info
        if issuer is not UNSET:
            field_dict["issuer"] = issuer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            connector_id = d["connectorId"]

            type_ = check_enterprise_sso_verification_record_type(d["type"])

            if len(d) == 3:  # only the required keys: every optional one is UNSET
                enterprise_sso_user_info = UNSET
                issuer = UNSET
            else:
                _enterprise_sso_user_info = d.get("enterpriseSsoUserInfo", UNSET)
                enterprise_sso_user_info: SocialUserInfo | Unset
                if isinstance(_enterprise_sso_user_info, Unset):
                    enterprise_sso_user_info = UNSET
                else:
                    enterprise_sso_user_info = SocialUserInfo.from_dict(_enterprise_sso_user_info)

                issuer = d.get("issuer", UNSET)

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.connector_id = connector_id
            _instance.type_ = type_
            _instance.enterprise_sso_user_info = enterprise_sso_user_info
            _instance.issuer = issuer
            if len(d) == 3 + ("enterpriseSsoUserInfo" in d) + ("issuer" in d):
                _instance.additional_properties = {}
            else:
                _instance.additional_properties = {
                    k: v for k, v in d.items() if k not in _JSON_NAMES
                }
            return _instance
        except MISFITS as exc:
            # Only once reading failed: explain which field, by its type (not its value).
            raise model_input_error(cls, src_dict, exc, _FIELDS) from exc

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# JSON name -> field name, for the message of a from_dict that failed.
_FIELDS = {
    "id": "id",
    "connectorId": "connector_id",
    "type": "type_",
    "enterpriseSsoUserInfo": "enterprise_sso_user_info",
    "issuer": "issuer",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "connectorId",
        "type",
        "enterpriseSsoUserInfo",
        "issuer",
    )
)


from ..models.social_user_info import SocialUserInfo  # noqa: E402
