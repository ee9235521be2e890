from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.social_verification_record_type import (
    SocialVerificationRecordType,
    check_social_verification_record_type,
)
from ..types import UNSET, Unset

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
        d = dict(src_dict)
        id = d.pop("id")

        connector_id = d.pop("connectorId")

        type_ = check_social_verification_record_type(d.pop("type"))

        _social_user_info = d.pop("socialUserInfo", UNSET)
        social_user_info: SocialUserInfo | Unset
        if isinstance(_social_user_info, Unset):
            social_user_info = UNSET
        else:
            social_user_info = SocialUserInfo.from_dict(_social_user_info)

        social_verification_record = cls(
            id=id,
            connector_id=connector_id,
            type_=type_,
            social_user_info=social_user_info,
        )

        social_verification_record.additional_properties = d
        return social_verification_record

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


from ..models.social_user_info import SocialUserInfo  # noqa: E402
