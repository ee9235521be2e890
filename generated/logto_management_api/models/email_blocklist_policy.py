from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="EmailBlocklistPolicy")


@_attrs_define
class EmailBlocklistPolicy:
    block_disposable_addresses: bool | Unset = UNSET
    block_subaddressing: bool | Unset = UNSET
    custom_allowlist: list[str] | Unset = UNSET
    custom_blocklist: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("block_disposable_addresses", self.block_disposable_addresses),
                ("block_subaddressing", self.block_subaddressing),
                ("custom_allowlist", self.custom_allowlist),
                ("custom_blocklist", self.custom_blocklist),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        block_disposable_addresses = self.block_disposable_addresses

        block_subaddressing = self.block_subaddressing

        custom_allowlist: list[str] | Unset = UNSET
        if not isinstance(self.custom_allowlist, Unset):
            custom_allowlist = self.custom_allowlist

        custom_blocklist: list[str] | Unset = UNSET
        if not isinstance(self.custom_blocklist, Unset):
            custom_blocklist = self.custom_blocklist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if block_disposable_addresses is not UNSET:
            field_dict["blockDisposableAddresses"] = block_disposable_addresses
        if block_subaddressing is not UNSET:
            field_dict["blockSubaddressing"] = block_subaddressing
        if custom_allowlist is not UNSET:
            field_dict["customAllowlist"] = custom_allowlist
        if custom_blocklist is not UNSET:
            field_dict["customBlocklist"] = custom_blocklist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                block_disposable_addresses = UNSET
                block_subaddressing = UNSET
                custom_allowlist = UNSET
                custom_blocklist = UNSET
            else:
                block_disposable_addresses = d.get("blockDisposableAddresses", UNSET)

                block_subaddressing = d.get("blockSubaddressing", UNSET)

                custom_allowlist: list[str] | Unset = d.get("customAllowlist", UNSET)

                custom_blocklist: list[str] | Unset = d.get("customBlocklist", UNSET)

            _instance = cls.__new__(cls)
            _instance.block_disposable_addresses = block_disposable_addresses
            _instance.block_subaddressing = block_subaddressing
            _instance.custom_allowlist = custom_allowlist
            _instance.custom_blocklist = custom_blocklist
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
    "blockDisposableAddresses": "block_disposable_addresses",
    "blockSubaddressing": "block_subaddressing",
    "customAllowlist": "custom_allowlist",
    "customBlocklist": "custom_blocklist",
}
_JSON_NAMES = frozenset(
    (
        "blockDisposableAddresses",
        "blockSubaddressing",
        "customAllowlist",
        "customBlocklist",
    )
)
