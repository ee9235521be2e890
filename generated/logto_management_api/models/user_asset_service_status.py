from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_mime_type import UploadMimeType, check_upload_mime_type
from ..models.user_asset_service_status_status import (
    UserAssetServiceStatusStatus,
    check_user_asset_service_status_status,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="UserAssetServiceStatus")


@_attrs_define
class UserAssetServiceStatus:
    status: UserAssetServiceStatusStatus
    allow_upload_mime_types: list[UploadMimeType] | Unset = UNSET
    max_upload_file_size: float | Unset = UNSET
    is_experience_avatar_upload_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("status", self.status),
                ("allow_upload_mime_types", self.allow_upload_mime_types),
                ("max_upload_file_size", self.max_upload_file_size),
                ("is_experience_avatar_upload_enabled", self.is_experience_avatar_upload_enabled),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        allow_upload_mime_types: list[str] | Unset = UNSET
        if not isinstance(self.allow_upload_mime_types, Unset):
            allow_upload_mime_types = []
            for allow_upload_mime_types_item_data in self.allow_upload_mime_types:
                allow_upload_mime_types_item: str = allow_upload_mime_types_item_data
                allow_upload_mime_types.append(allow_upload_mime_types_item)

        max_upload_file_size = self.max_upload_file_size

        is_experience_avatar_upload_enabled = self.is_experience_avatar_upload_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if allow_upload_mime_types is not UNSET:
            field_dict["allowUploadMimeTypes"] = allow_upload_mime_types
        if max_upload_file_size is not UNSET:
            field_dict["maxUploadFileSize"] = max_upload_file_size
        if is_experience_avatar_upload_enabled is not UNSET:
            field_dict["isExperienceAvatarUploadEnabled"] = is_experience_avatar_upload_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            status = check_user_asset_service_status_status(d["status"])

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                allow_upload_mime_types = UNSET
                max_upload_file_size = UNSET
                is_experience_avatar_upload_enabled = UNSET
            else:
                _allow_upload_mime_types = d.get("allowUploadMimeTypes", UNSET)
                allow_upload_mime_types: list[UploadMimeType] | Unset = UNSET
                if _allow_upload_mime_types is not UNSET:
                    allow_upload_mime_types = []
                    for allow_upload_mime_types_item_data in _allow_upload_mime_types:
                        allow_upload_mime_types_item = check_upload_mime_type(
                            allow_upload_mime_types_item_data
                        )

                        allow_upload_mime_types.append(allow_upload_mime_types_item)

                max_upload_file_size = d.get("maxUploadFileSize", UNSET)

                is_experience_avatar_upload_enabled = d.get(
                    "isExperienceAvatarUploadEnabled", UNSET
                )

            _instance = cls.__new__(cls)
            _instance.status = status
            _instance.allow_upload_mime_types = allow_upload_mime_types
            _instance.max_upload_file_size = max_upload_file_size
            _instance.is_experience_avatar_upload_enabled = is_experience_avatar_upload_enabled
            if len(d) == 1 or d.keys() <= _JSON_NAMES:
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
    "status": "status",
    "allowUploadMimeTypes": "allow_upload_mime_types",
    "maxUploadFileSize": "max_upload_file_size",
    "isExperienceAvatarUploadEnabled": "is_experience_avatar_upload_enabled",
}
_JSON_NAMES = frozenset(
    (
        "status",
        "allowUploadMimeTypes",
        "maxUploadFileSize",
        "isExperienceAvatarUploadEnabled",
    )
)
