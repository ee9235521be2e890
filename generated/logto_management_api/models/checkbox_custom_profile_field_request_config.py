from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkbox_custom_profile_field_request_config_default_value_type_0 import (
    CheckboxCustomProfileFieldRequestConfigDefaultValueType0,
    check_checkbox_custom_profile_field_request_config_default_value_type_0,
)
from ..models.checkbox_custom_profile_field_request_config_default_value_type_1 import (
    CheckboxCustomProfileFieldRequestConfigDefaultValueType1,
    check_checkbox_custom_profile_field_request_config_default_value_type_1,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="CheckboxCustomProfileFieldRequestConfig")


@_attrs_define
class CheckboxCustomProfileFieldRequestConfig:
    default_value: (
        CheckboxCustomProfileFieldRequestConfigDefaultValueType0
        | CheckboxCustomProfileFieldRequestConfigDefaultValueType1
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("default_value", self.default_value),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        default_value: str
        if isinstance(self.default_value, str):
            default_value = self.default_value
        else:
            default_value = self.default_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defaultValue": default_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict

            def _parse_default_value(
                data: object,
            ) -> (
                CheckboxCustomProfileFieldRequestConfigDefaultValueType0
                | CheckboxCustomProfileFieldRequestConfigDefaultValueType1
            ):
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    default_value_type_0 = (
                        check_checkbox_custom_profile_field_request_config_default_value_type_0(
                            data
                        )
                    )

                    return default_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, str):
                    raise TypeError()
                default_value_type_1 = (
                    check_checkbox_custom_profile_field_request_config_default_value_type_1(data)
                )

                return default_value_type_1

            default_value = _parse_default_value(d["defaultValue"])

            _instance = cls.__new__(cls)
            _instance.default_value = default_value
            if len(d) == 1:
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
    "defaultValue": "default_value",
}
_JSON_NAMES = frozenset(("defaultValue",))
