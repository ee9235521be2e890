from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.option import Option
    from ..models.part import Part


T = TypeVar("T", bound="Config")


@_attrs_define
class Config:
    placeholder: str | Unset = UNSET
    min_length: float | Unset = UNSET
    max_length: float | Unset = UNSET
    min_value: float | Unset = UNSET
    max_value: float | Unset = UNSET
    format_: str | Unset = UNSET
    custom_format: str | Unset = UNSET
    options: list[Option] | Unset = UNSET
    default_value: str | Unset = UNSET
    parts: list[Part] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("placeholder", self.placeholder),
                ("min_length", self.min_length),
                ("max_length", self.max_length),
                ("min_value", self.min_value),
                ("max_value", self.max_value),
                ("format_", self.format_),
                ("custom_format", self.custom_format),
                ("options", self.options),
                ("default_value", self.default_value),
                ("parts", self.parts),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        placeholder = self.placeholder

        min_length = self.min_length

        max_length = self.max_length

        min_value = self.min_value

        max_value = self.max_value

        format_ = self.format_

        custom_format = self.custom_format

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        default_value = self.default_value

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if min_length is not UNSET:
            field_dict["minLength"] = min_length
        if max_length is not UNSET:
            field_dict["maxLength"] = max_length
        if min_value is not UNSET:
            field_dict["minValue"] = min_value
        if max_value is not UNSET:
            field_dict["maxValue"] = max_value
        if format_ is not UNSET:
            field_dict["format"] = format_
        if custom_format is not UNSET:
            field_dict["customFormat"] = custom_format
        if options is not UNSET:
            field_dict["options"] = options
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if parts is not UNSET:
            field_dict["parts"] = parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                placeholder = UNSET
                min_length = UNSET
                max_length = UNSET
                min_value = UNSET
                max_value = UNSET
                format_ = UNSET
                custom_format = UNSET
                options = UNSET
                default_value = UNSET
                parts = UNSET
            else:
                placeholder = d.get("placeholder", UNSET)

                min_length = d.get("minLength", UNSET)

                max_length = d.get("maxLength", UNSET)

                min_value = d.get("minValue", UNSET)

                max_value = d.get("maxValue", UNSET)

                format_ = d.get("format", UNSET)

                custom_format = d.get("customFormat", UNSET)

                _options = d.get("options", UNSET)
                options: list[Option] | Unset = UNSET
                if _options is not UNSET:
                    options = []
                    for options_item_data in _options:
                        options_item = Option.from_dict(options_item_data)

                        options.append(options_item)

                default_value = d.get("defaultValue", UNSET)

                _parts = d.get("parts", UNSET)
                parts: list[Part] | Unset = UNSET
                if _parts is not UNSET:
                    parts = []
                    for parts_item_data in _parts:
                        parts_item = Part.from_dict(parts_item_data)

                        parts.append(parts_item)

            _instance = cls.__new__(cls)
            _instance.placeholder = placeholder
            _instance.min_length = min_length
            _instance.max_length = max_length
            _instance.min_value = min_value
            _instance.max_value = max_value
            _instance.format_ = format_
            _instance.custom_format = custom_format
            _instance.options = options
            _instance.default_value = default_value
            _instance.parts = parts
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
    "minLength": "min_length",
    "maxLength": "max_length",
    "minValue": "min_value",
    "maxValue": "max_value",
    "format": "format_",
    "customFormat": "custom_format",
    "options": "options",
    "defaultValue": "default_value",
    "parts": "parts",
}
_JSON_NAMES = frozenset(
    (
        "placeholder",
        "minLength",
        "maxLength",
        "minValue",
        "maxValue",
        "format",
        "customFormat",
        "options",
        "defaultValue",
        "parts",
    )
)


from ..models.option import Option  # noqa: E402
from ..models.part import Part  # noqa: E402
