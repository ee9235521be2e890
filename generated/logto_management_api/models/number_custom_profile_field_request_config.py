from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="NumberCustomProfileFieldRequestConfig")


@_attrs_define
class NumberCustomProfileFieldRequestConfig:
    placeholder: str | Unset = UNSET
    min_value: float | Unset = UNSET
    max_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("placeholder", self.placeholder),
                ("min_value", self.min_value),
                ("max_value", self.max_value),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        placeholder = self.placeholder

        min_value = self.min_value

        max_value = self.max_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if min_value is not UNSET:
            field_dict["minValue"] = min_value
        if max_value is not UNSET:
            field_dict["maxValue"] = max_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                placeholder = UNSET
                min_value = UNSET
                max_value = UNSET
            else:
                placeholder = d.get("placeholder", UNSET)

                min_value = d.get("minValue", UNSET)

                max_value = d.get("maxValue", UNSET)

            _instance = cls.__new__(cls)
            _instance.placeholder = placeholder
            _instance.min_value = min_value
            _instance.max_value = max_value
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
    "placeholder": "placeholder",
    "minValue": "min_value",
    "maxValue": "max_value",
}
_JSON_NAMES = frozenset(
    (
        "placeholder",
        "minValue",
        "maxValue",
    )
)
