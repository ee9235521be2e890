from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="DateCustomProfileFieldRequestConfig")


@_attrs_define
class DateCustomProfileFieldRequestConfig:
    format_: str
    placeholder: str | Unset = UNSET
    custom_format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("format_", self.format_),
                ("placeholder", self.placeholder),
                ("custom_format", self.custom_format),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        placeholder = self.placeholder

        custom_format = self.custom_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if custom_format is not UNSET:
            field_dict["customFormat"] = custom_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            format_ = d["format"]

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                placeholder = UNSET
                custom_format = UNSET
            else:
                placeholder = d.get("placeholder", UNSET)

                custom_format = d.get("customFormat", UNSET)

            _instance = cls.__new__(cls)
            _instance.format_ = format_
            _instance.placeholder = placeholder
            _instance.custom_format = custom_format
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
    "format": "format_",
    "placeholder": "placeholder",
    "customFormat": "custom_format",
}
_JSON_NAMES = frozenset(
    (
        "format",
        "placeholder",
        "customFormat",
    )
)
