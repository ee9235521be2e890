from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.form_item_type import FormItemType, check_form_item_type
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.show_condition import ShowCondition


T = TypeVar("T", bound="FormItem")


@_attrs_define
class FormItem:
    type_: FormItemType
    key: str
    label: str
    placeholder: str | Unset = UNSET
    required: bool | Unset = UNSET
    default_value: Any | Unset = UNSET
    show_conditions: list[ShowCondition] | Unset = UNSET
    description: str | Unset = UNSET
    tooltip: str | Unset = UNSET
    is_confidential: bool | Unset = UNSET
    is_dev_feature: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("type_", self.type_),
                ("key", self.key),
                ("label", self.label),
                ("placeholder", self.placeholder),
                ("required", self.required),
                ("default_value", self.default_value),
                ("show_conditions", self.show_conditions),
                ("description", self.description),
                ("tooltip", self.tooltip),
                ("is_confidential", self.is_confidential),
                ("is_dev_feature", self.is_dev_feature),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        key = self.key

        label = self.label

        placeholder = self.placeholder

        required = self.required

        default_value = self.default_value

        show_conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.show_conditions, Unset):
            show_conditions = []
            for show_conditions_item_data in self.show_conditions:
                show_conditions_item = show_conditions_item_data.to_dict()
                show_conditions.append(show_conditions_item)

        description = self.description

        tooltip = self.tooltip

        is_confidential = self.is_confidential

        is_dev_feature = self.is_dev_feature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "key": key,
                "label": label,
            }
        )
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if required is not UNSET:
            field_dict["required"] = required
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if show_conditions is not UNSET:
            field_dict["showConditions"] = show_conditions
        if description is not UNSET:
            field_dict["description"] = description
        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip
        if is_confidential is not UNSET:
            field_dict["isConfidential"] = is_confidential
        if is_dev_feature is not UNSET:
            field_dict["isDevFeature"] = is_dev_feature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            type_ = check_form_item_type(d["type"])

            key = d["key"]

            label = d["label"]

            if len(d) == 3:  # only the required keys: every optional one is UNSET
                placeholder = UNSET
                required = UNSET
                default_value = UNSET
                show_conditions = UNSET
                description = UNSET
                tooltip = UNSET
                is_confidential = UNSET
                is_dev_feature = UNSET
            else:
                placeholder = d.get("placeholder", UNSET)

                required = d.get("required", UNSET)

                default_value = d.get("defaultValue", UNSET)

                _show_conditions = d.get("showConditions", UNSET)
                show_conditions: list[ShowCondition] | Unset = UNSET
                if _show_conditions is not UNSET:
                    show_conditions = []
                    for show_conditions_item_data in _show_conditions:
                        show_conditions_item = ShowCondition.from_dict(show_conditions_item_data)

                        show_conditions.append(show_conditions_item)

                description = d.get("description", UNSET)

                tooltip = d.get("tooltip", UNSET)

                is_confidential = d.get("isConfidential", UNSET)

                is_dev_feature = d.get("isDevFeature", UNSET)

            _instance = cls.__new__(cls)
            _instance.type_ = type_
            _instance.key = key
            _instance.label = label
            _instance.placeholder = placeholder
            _instance.required = required
            _instance.default_value = default_value
            _instance.show_conditions = show_conditions
            _instance.description = description
            _instance.tooltip = tooltip
            _instance.is_confidential = is_confidential
            _instance.is_dev_feature = is_dev_feature
            if len(d) == 3 or d.keys() <= _JSON_NAMES:
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
    "key": "key",
    "label": "label",
    "placeholder": "placeholder",
    "required": "required",
    "defaultValue": "default_value",
    "showConditions": "show_conditions",
    "description": "description",
    "tooltip": "tooltip",
    "isConfidential": "is_confidential",
    "isDevFeature": "is_dev_feature",
}
_JSON_NAMES = frozenset(
    (
        "type",
        "key",
        "label",
        "placeholder",
        "required",
        "defaultValue",
        "showConditions",
        "description",
        "tooltip",
        "isConfidential",
        "isDevFeature",
    )
)


from ..models.show_condition import ShowCondition  # noqa: E402
