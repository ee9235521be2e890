from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_custom_profile_field_update_type import (
    TextCustomProfileFieldUpdateType,
    check_text_custom_profile_field_update_type,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.text_custom_profile_field_request_config import (
        TextCustomProfileFieldRequestConfig,
    )


T = TypeVar("T", bound="TextCustomProfileFieldUpdate")


@_attrs_define
class TextCustomProfileFieldUpdate:
    type_: TextCustomProfileFieldUpdateType
    required: bool
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    config: TextCustomProfileFieldRequestConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("type_", self.type_),
                ("required", self.required),
                ("label", self.label),
                ("description", self.description),
                ("config", self.config),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        required = self.required

        label = self.label

        description = self.description

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "required": required,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            type_ = check_text_custom_profile_field_update_type(d["type"])

            required = d["required"]

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                label = UNSET
                description = UNSET
                config = UNSET
            else:
                label = d.get("label", UNSET)

                description = d.get("description", UNSET)

                _config = d.get("config", UNSET)
                config: TextCustomProfileFieldRequestConfig | Unset
                if isinstance(_config, Unset):
                    config = UNSET
                else:
                    config = TextCustomProfileFieldRequestConfig.from_dict(_config)

            _instance = cls.__new__(cls)
            _instance.type_ = type_
            _instance.required = required
            _instance.label = label
            _instance.description = description
            _instance.config = config
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
    "type": "type_",
    "required": "required",
    "label": "label",
    "description": "description",
    "config": "config",
}
_JSON_NAMES = frozenset(
    (
        "type",
        "required",
        "label",
        "description",
        "config",
    )
)


from ..models.text_custom_profile_field_request_config import (
    TextCustomProfileFieldRequestConfig,  # noqa: E402
)
