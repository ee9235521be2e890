from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generator,
    Literal,
    TextIO,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkbox_custom_profile_field_request_type import (
    CheckboxCustomProfileFieldRequestType,
    check_checkbox_custom_profile_field_request_type,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.checkbox_custom_profile_field_request_config import (
        CheckboxCustomProfileFieldRequestConfig,
    )


T = TypeVar("T", bound="CheckboxCustomProfileFieldRequest")


@_attrs_define
class CheckboxCustomProfileFieldRequest:
    name: str
    type_: CheckboxCustomProfileFieldRequestType
    required: Literal[False]
    label: str | Unset = UNSET
    config: CheckboxCustomProfileFieldRequestConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("type_", self.type_),
                ("required", self.required),
                ("label", self.label),
                ("config", self.config),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        required = self.required

        label = self.label

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "required": required,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            name = d["name"]

            type_ = check_checkbox_custom_profile_field_request_type(d["type"])

            required = cast(Literal[False], d["required"])
            if required != False:
                raise ValueError(f"required must match const False, got '{required}'")

            if len(d) == 3:  # only the required keys: every optional one is UNSET
                label = UNSET
                config = UNSET
            else:
                label = d.get("label", UNSET)

                _config = d.get("config", UNSET)
                config: CheckboxCustomProfileFieldRequestConfig | Unset
                if isinstance(_config, Unset):
                    config = UNSET
                else:
                    config = CheckboxCustomProfileFieldRequestConfig.from_dict(_config)

            _instance = cls.__new__(cls)
            _instance.name = name
            _instance.type_ = type_
            _instance.required = required
            _instance.label = label
            _instance.config = config
            if len(d) == 3 + ("label" in d) + ("config" in d):
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
    "name": "name",
    "type": "type_",
    "required": "required",
    "label": "label",
    "config": "config",
}
_JSON_NAMES = frozenset(
    (
        "name",
        "type",
        "required",
        "label",
        "config",
    )
)


from ..models.checkbox_custom_profile_field_request_config import (
    CheckboxCustomProfileFieldRequestConfig,  # noqa: E402
)
