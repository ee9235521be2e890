from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleOneTap")


@_attrs_define
class GoogleOneTap:
    client_id: str
    connector_id: str
    is_enabled: bool | Unset = UNSET
    auto_select: bool | Unset = UNSET
    close_on_tap_outside: bool | Unset = UNSET
    itp_support: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("client_id", self.client_id),
                ("connector_id", self.connector_id),
                ("is_enabled", self.is_enabled),
                ("auto_select", self.auto_select),
                ("close_on_tap_outside", self.close_on_tap_outside),
                ("itp_support", self.itp_support),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        connector_id = self.connector_id

        is_enabled = self.is_enabled

        auto_select = self.auto_select

        close_on_tap_outside = self.close_on_tap_outside

        itp_support = self.itp_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "connectorId": connector_id,
            }
        )
        if is_enabled is not UNSET:
            field_dict["isEnabled"] = is_enabled
        if auto_select is not UNSET:
            field_dict["autoSelect"] = auto_select
        if close_on_tap_outside is not UNSET:
            field_dict["closeOnTapOutside"] = close_on_tap_outside
        if itp_support is not UNSET:
            field_dict["itpSupport"] = itp_support

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        connector_id = d.pop("connectorId")

        is_enabled = d.pop("isEnabled", UNSET)

        auto_select = d.pop("autoSelect", UNSET)

        close_on_tap_outside = d.pop("closeOnTapOutside", UNSET)

        itp_support = d.pop("itpSupport", UNSET)

        google_one_tap = cls(
            client_id=client_id,
            connector_id=connector_id,
            is_enabled=is_enabled,
            auto_select=auto_select,
            close_on_tap_outside=close_on_tap_outside,
            itp_support=itp_support,
        )

        google_one_tap.additional_properties = d
        return google_one_tap

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
