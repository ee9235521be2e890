from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

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

    def __attrs_post_init__(self) -> None:
        check_fields(self)

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
        try:
            d = src_dict
            client_id = d["clientId"]

            connector_id = d["connectorId"]

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                is_enabled = UNSET
                auto_select = UNSET
                close_on_tap_outside = UNSET
                itp_support = UNSET
            else:
                is_enabled = d.get("isEnabled", UNSET)

                auto_select = d.get("autoSelect", UNSET)

                close_on_tap_outside = d.get("closeOnTapOutside", UNSET)

                itp_support = d.get("itpSupport", UNSET)

            _instance = cls.__new__(cls)
            _instance.client_id = client_id
            _instance.connector_id = connector_id
            _instance.is_enabled = is_enabled
            _instance.auto_select = auto_select
            _instance.close_on_tap_outside = close_on_tap_outside
            _instance.itp_support = itp_support
            if len(d) == 2 or d.keys() <= _JSON_NAMES:
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
    "clientId": "client_id",
    "connectorId": "connector_id",
    "isEnabled": "is_enabled",
    "autoSelect": "auto_select",
    "closeOnTapOutside": "close_on_tap_outside",
    "itpSupport": "itp_support",
}
_JSON_NAMES = frozenset(
    (
        "clientId",
        "connectorId",
        "isEnabled",
        "autoSelect",
        "closeOnTapOutside",
        "itpSupport",
    )
)
