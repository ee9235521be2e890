from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoConnectorBranding")


@_attrs_define
class SsoConnectorBranding:
    display_name: str | Unset = UNSET
    logo: str | Unset = UNSET
    dark_logo: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("display_name", self.display_name),
                ("logo", self.logo),
                ("dark_logo", self.dark_logo),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        logo = self.logo

        dark_logo = self.dark_logo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if logo is not UNSET:
            field_dict["logo"] = logo
        if dark_logo is not UNSET:
            field_dict["darkLogo"] = dark_logo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("displayName", UNSET)

        logo = d.pop("logo", UNSET)

        dark_logo = d.pop("darkLogo", UNSET)

        sso_connector_branding = cls(
            display_name=display_name,
            logo=logo,
            dark_logo=dark_logo,
        )

        sso_connector_branding.additional_properties = d
        return sso_connector_branding

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
