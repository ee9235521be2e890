from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_profile_field_type import (
    CustomProfileFieldType,
    check_custom_profile_field_type,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.config import Config


T = TypeVar("T", bound="CustomProfileField")


@_attrs_define
class CustomProfileField:
    tenant_id: str
    id: str
    name: str
    type_: CustomProfileFieldType
    label: str
    description: None | str
    required: bool
    config: Config
    created_at: float
    """ Epoch milliseconds. """
    sie_order: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("name", self.name),
                ("type_", self.type_),
                ("label", self.label),
                ("description", self.description),
                ("required", self.required),
                ("config", self.config),
                ("created_at", self.created_at),
                ("sie_order", self.sie_order),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        id = self.id

        name = self.name

        type_: str = self.type_

        label = self.label

        description: None | str
        description = self.description

        required = self.required

        config = self.config.to_dict()

        created_at = self.created_at

        sie_order = self.sie_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "name": name,
                "type": type_,
                "label": label,
                "description": description,
                "required": required,
                "config": config,
                "createdAt": created_at,
                "sieOrder": sie_order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            name = d["name"]

            type_ = check_custom_profile_field_type(d["type"])

            label = d["label"]

            description: None | str = d["description"]

            required = d["required"]

            config = Config.from_dict(d["config"])

            created_at = d["createdAt"]

            sie_order = d["sieOrder"]

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.name = name
            _instance.type_ = type_
            _instance.label = label
            _instance.description = description
            _instance.required = required
            _instance.config = config
            _instance.created_at = created_at
            _instance.sie_order = sie_order
            if len(d) == 10:
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
    "tenantId": "tenant_id",
    "id": "id",
    "name": "name",
    "type": "type_",
    "label": "label",
    "description": "description",
    "required": "required",
    "config": "config",
    "createdAt": "created_at",
    "sieOrder": "sie_order",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "name",
        "type",
        "label",
        "description",
        "required",
        "config",
        "createdAt",
        "sieOrder",
    )
)


from ..models.config import Config  # noqa: E402
