from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.social_verification_record_type import (
    SocialVerificationRecordType,
    check_social_verification_record_type,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.social_user_info import SocialUserInfo


T = TypeVar("T", bound="SocialVerificationRecord")


@_attrs_define
class SocialVerificationRecord:
    id: str
    connector_id: str
    type_: SocialVerificationRecordType
    social_user_info: SocialUserInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("connector_id", self.connector_id),
                ("type_", self.type_),
                ("social_user_info", self.social_user_info),
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

        social_user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social_user_info, Unset):
            social_user_info = self.social_user_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "connectorId": connector_id,
                "type": type_,
            }
        )
        if social_user_info is not UNSET:
            field_dict["socialUserInfo"] = social_user_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            connector_id = d["connectorId"]

            type_ = check_social_verification_record_type(d["type"])

            if len(d) == 3:  # only the required keys: every optional one is UNSET
                social_user_info = UNSET
            else:
                _social_user_info = d.get("socialUserInfo", UNSET)
                social_user_info: SocialUserInfo | Unset
                if isinstance(_social_user_info, Unset):
                    social_user_info = UNSET
                else:
                    social_user_info = SocialUserInfo.from_dict(_social_user_info)

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.connector_id = connector_id
            _instance.type_ = type_
            _instance.social_user_info = social_user_info
            if len(d) == 3 + ("socialUserInfo" in d):
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
    "socialUserInfo": "social_user_info",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "connectorId",
        "type",
        "socialUserInfo",
    )
)


from ..models.social_user_info import SocialUserInfo  # noqa: E402
