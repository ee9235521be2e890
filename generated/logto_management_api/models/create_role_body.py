from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_role_body_type import (
    CreateRoleBodyType,
    check_create_role_body_type,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="CreateRoleBody")


@_attrs_define
class CreateRoleBody:
    name: str
    """ The name of the role. It should be unique within the tenant. """
    description: str
    tenant_id: str | Unset = UNSET
    type_: CreateRoleBodyType | Unset = UNSET
    """ The type of the role. It cannot be changed after creation. """
    is_default: bool | Unset = UNSET
    scope_ids: list[str] | Unset = UNSET
    """ The initial API resource scopes assigned to the role. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("description", self.description),
                ("tenant_id", self.tenant_id),
                ("type_", self.type_),
                ("is_default", self.is_default),
                ("scope_ids", self.scope_ids),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        tenant_id = self.tenant_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        is_default = self.is_default

        scope_ids: list[str] | Unset = UNSET
        if not isinstance(self.scope_ids, Unset):
            scope_ids = self.scope_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if scope_ids is not UNSET:
            field_dict["scopeIds"] = scope_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            name = d["name"]

            description = d["description"]

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                tenant_id = UNSET
                type_ = UNSET
                is_default = UNSET
                scope_ids = UNSET
            else:
                tenant_id = d.get("tenantId", UNSET)

                _type_ = d.get("type", UNSET)
                type_: CreateRoleBodyType | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_create_role_body_type(_type_)

                is_default = d.get("isDefault", UNSET)

                scope_ids: list[str] | Unset = d.get("scopeIds", UNSET)

            _instance = cls.__new__(cls)
            _instance.name = name
            _instance.description = description
            _instance.tenant_id = tenant_id
            _instance.type_ = type_
            _instance.is_default = is_default
            _instance.scope_ids = scope_ids
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
    "name": "name",
    "description": "description",
    "tenantId": "tenant_id",
    "type": "type_",
    "isDefault": "is_default",
    "scopeIds": "scope_ids",
}
_JSON_NAMES = frozenset(
    (
        "name",
        "description",
        "tenantId",
        "type",
        "isDefault",
        "scopeIds",
    )
)
