from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_organization_role_body_type import (
    CreateOrganizationRoleBodyType,
    check_create_organization_role_body_type,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="CreateOrganizationRoleBody")


@_attrs_define
class CreateOrganizationRoleBody:
    name: str
    """ The name of the organization role. It must be unique within the organization template. """
    tenant_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    """ The description of the organization role. """
    type_: CreateOrganizationRoleBodyType | Unset = UNSET
    organization_scope_ids: list[str] | Unset = UNSET
    """ An array of organization scope IDs to be assigned to the organization role. """
    resource_scope_ids: list[str] | Unset = UNSET
    """ An array of resource scope IDs to be assigned to the organization role. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("tenant_id", self.tenant_id),
                ("description", self.description),
                ("type_", self.type_),
                ("organization_scope_ids", self.organization_scope_ids),
                ("resource_scope_ids", self.resource_scope_ids),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tenant_id = self.tenant_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        organization_scope_ids: list[str] | Unset = UNSET
        if not isinstance(self.organization_scope_ids, Unset):
            organization_scope_ids = self.organization_scope_ids

        resource_scope_ids: list[str] | Unset = UNSET
        if not isinstance(self.resource_scope_ids, Unset):
            resource_scope_ids = self.resource_scope_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if organization_scope_ids is not UNSET:
            field_dict["organizationScopeIds"] = organization_scope_ids
        if resource_scope_ids is not UNSET:
            field_dict["resourceScopeIds"] = resource_scope_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            name = d["name"]

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                tenant_id = UNSET
                description = UNSET
                type_ = UNSET
                organization_scope_ids = UNSET
                resource_scope_ids = UNSET
            else:
                tenant_id = d.get("tenantId", UNSET)

                description: None | str | Unset = d.get("description", UNSET)

                _type_ = d.get("type", UNSET)
                type_: CreateOrganizationRoleBodyType | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_create_organization_role_body_type(_type_)

                organization_scope_ids: list[str] | Unset = d.get("organizationScopeIds", UNSET)

                resource_scope_ids: list[str] | Unset = d.get("resourceScopeIds", UNSET)

            _instance = cls.__new__(cls)
            _instance.name = name
            _instance.tenant_id = tenant_id
            _instance.description = description
            _instance.type_ = type_
            _instance.organization_scope_ids = organization_scope_ids
            _instance.resource_scope_ids = resource_scope_ids
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
    "name": "name",
    "tenantId": "tenant_id",
    "description": "description",
    "type": "type_",
    "organizationScopeIds": "organization_scope_ids",
    "resourceScopeIds": "resource_scope_ids",
}
_JSON_NAMES = frozenset(
    (
        "name",
        "tenantId",
        "description",
        "type",
        "organizationScopeIds",
        "resourceScopeIds",
    )
)
