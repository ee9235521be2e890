from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.acs_url_binding import AcsUrlBinding, check_acs_url_binding
from ..types import UNSET, Unset

T = TypeVar("T", bound="AcsUrl")


@_attrs_define
class AcsUrl:
    """The Assertion Consumer Service (ACS) URL where the SAML response will be sent."""

    binding: AcsUrlBinding
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        binding: str = self.binding

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "binding": binding,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        binding = check_acs_url_binding(d.pop("binding"))

        url = d.pop("url")

        acs_url = cls(
            binding=binding,
            url=url,
        )

        acs_url.additional_properties = d
        return acs_url

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
