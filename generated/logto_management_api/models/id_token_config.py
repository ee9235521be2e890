from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enabled_extended_claim import (
    EnabledExtendedClaim,
    check_enabled_extended_claim,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IdTokenConfig")


@_attrs_define
class IdTokenConfig:
    enabled_extended_claims: list[EnabledExtendedClaim] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("enabled_extended_claims", self.enabled_extended_claims),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        enabled_extended_claims: list[str] | Unset = UNSET
        if not isinstance(self.enabled_extended_claims, Unset):
            enabled_extended_claims = []
            for enabled_extended_claims_item_data in self.enabled_extended_claims:
                enabled_extended_claims_item: str = enabled_extended_claims_item_data
                enabled_extended_claims.append(enabled_extended_claims_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled_extended_claims is not UNSET:
            field_dict["enabledExtendedClaims"] = enabled_extended_claims

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _enabled_extended_claims = d.pop("enabledExtendedClaims", UNSET)
        enabled_extended_claims: list[EnabledExtendedClaim] | Unset = UNSET
        if _enabled_extended_claims is not UNSET:
            enabled_extended_claims = []
            for enabled_extended_claims_item_data in _enabled_extended_claims:
                enabled_extended_claims_item = check_enabled_extended_claim(
                    enabled_extended_claims_item_data
                )

                enabled_extended_claims.append(enabled_extended_claims_item)

        id_token_config = cls(
            enabled_extended_claims=enabled_extended_claims,
        )

        id_token_config.additional_properties = d
        return id_token_config

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
