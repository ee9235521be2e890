from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.social_connector_platform import (
    SocialConnectorPlatform,
    check_social_connector_platform,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.i18n_phrases import I18NPhrases


T = TypeVar("T", bound="SocialConnector")


@_attrs_define
class SocialConnector:
    id: str
    target: str
    name: I18NPhrases
    logo: str
    logo_dark: None | str
    platform: SocialConnectorPlatform
    from_email: str | Unset = UNSET
    is_standard: bool | Unset = UNSET
    is_token_storage_supported: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("target", self.target),
                ("name", self.name),
                ("logo", self.logo),
                ("logo_dark", self.logo_dark),
                ("platform", self.platform),
                ("from_email", self.from_email),
                ("is_standard", self.is_standard),
                ("is_token_storage_supported", self.is_token_storage_supported),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        target = self.target

        name = self.name.to_dict()

        logo = self.logo

        logo_dark: None | str
        logo_dark = self.logo_dark

        platform: str = self.platform

        from_email = self.from_email

        is_standard = self.is_standard

        is_token_storage_supported = self.is_token_storage_supported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target": target,
                "name": name,
                "logo": logo,
                "logoDark": logo_dark,
                "platform": platform,
            }
        )
        if from_email is not UNSET:
            field_dict["fromEmail"] = from_email
        if is_standard is not UNSET:
            field_dict["isStandard"] = is_standard
        if is_token_storage_supported is not UNSET:
            field_dict["isTokenStorageSupported"] = is_token_storage_supported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        target = d.pop("target")

        name = I18NPhrases.from_dict(d.pop("name"))

        logo = d.pop("logo")

        logo_dark = cast(None | str, d.pop("logoDark"))

        platform = check_social_connector_platform(d.pop("platform"))

        from_email = d.pop("fromEmail", UNSET)

        is_standard = d.pop("isStandard", UNSET)

        is_token_storage_supported = d.pop("isTokenStorageSupported", UNSET)

        social_connector = cls(
            id=id,
            target=target,
            name=name,
            logo=logo,
            logo_dark=logo_dark,
            platform=platform,
            from_email=from_email,
            is_standard=is_standard,
            is_token_storage_supported=is_token_storage_supported,
        )

        social_connector.additional_properties = d
        return social_connector

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


from ..models.i18n_phrases import I18NPhrases  # noqa: E402
