from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_organization_role_body_type import (
    CreateOrganizationRoleBodyType,
    check_create_organization_role_body_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrganizationRoleBody")


@_attrs_define
class CreateOrganizationRoleBody:
    name: str
    """ The name of the organization role. It must be unique within the organization template. """
    organization_scope_ids: list[str]
    """ An array of organization scope IDs to be assigned to the organization role. """
    resource_scope_ids: list[str]
    """ An array of resource scope IDs to be assigned to the organization role. """
    tenant_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    """ The description of the organization role. """
    type_: CreateOrganizationRoleBodyType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization_scope_ids = self.organization_scope_ids

        resource_scope_ids = self.resource_scope_ids

        tenant_id = self.tenant_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organizationScopeIds": organization_scope_ids,
                "resourceScopeIds": resource_scope_ids,
            }
        )
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        organization_scope_ids: list[str] = d["organizationScopeIds"]

        resource_scope_ids: list[str] = d["resourceScopeIds"]

        if len(d) == 3:  # only the required keys: every optional one is UNSET
            tenant_id = UNSET
            description = UNSET
            type_ = UNSET
        else:
            tenant_id = d.get("tenantId", UNSET)

            description: None | str | Unset = d.get("description", UNSET)

            _type_ = d.get("type", UNSET)
            type_: CreateOrganizationRoleBodyType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_create_organization_role_body_type(_type_)

        _instance = cls.__new__(cls)
        _instance.name = name
        _instance.organization_scope_ids = organization_scope_ids
        _instance.resource_scope_ids = resource_scope_ids
        _instance.tenant_id = tenant_id
        _instance.description = description
        _instance.type_ = type_
        if len(d) == 3 or d.keys() <= _JSON_NAMES:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {k: v for k, v in d.items() if k not in _JSON_NAMES}
        return _instance

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


_JSON_NAMES = frozenset(
    (
        "name",
        "organizationScopeIds",
        "resourceScopeIds",
        "tenantId",
        "description",
        "type",
    )
)
