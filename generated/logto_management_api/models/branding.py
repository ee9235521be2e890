from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="Branding")


@_attrs_define
class Branding:
    logo_url: str | Unset = UNSET
    dark_logo_url: str | Unset = UNSET
    favicon: str | Unset = UNSET
    dark_favicon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("logo_url", self.logo_url),
                ("dark_logo_url", self.dark_logo_url),
                ("favicon", self.favicon),
                ("dark_favicon", self.dark_favicon),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        logo_url = self.logo_url

        dark_logo_url = self.dark_logo_url

        favicon = self.favicon

        dark_favicon = self.dark_favicon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if dark_logo_url is not UNSET:
            field_dict["darkLogoUrl"] = dark_logo_url
        if favicon is not UNSET:
            field_dict["favicon"] = favicon
        if dark_favicon is not UNSET:
            field_dict["darkFavicon"] = dark_favicon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                logo_url = UNSET
                dark_logo_url = UNSET
                favicon = UNSET
                dark_favicon = UNSET
            else:
                logo_url = d.get("logoUrl", UNSET)

                dark_logo_url = d.get("darkLogoUrl", UNSET)

                favicon = d.get("favicon", UNSET)

                dark_favicon = d.get("darkFavicon", UNSET)

            _instance = cls.__new__(cls)
            _instance.logo_url = logo_url
            _instance.dark_logo_url = dark_logo_url
            _instance.favicon = favicon
            _instance.dark_favicon = dark_favicon
            if len(d) == 0 or d.keys() <= _JSON_NAMES:
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
    "logoUrl": "logo_url",
    "darkLogoUrl": "dark_logo_url",
    "favicon": "favicon",
    "darkFavicon": "dark_favicon",
}
_JSON_NAMES = frozenset(
    (
        "logoUrl",
        "darkLogoUrl",
        "favicon",
        "darkFavicon",
    )
)
