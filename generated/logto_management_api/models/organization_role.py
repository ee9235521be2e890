from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_role_type import (
    OrganizationRoleType,
    check_organization_role_type,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.organization_role_resource_scopes_item import (
        OrganizationRoleResourceScopesItem,
    )
    from ..models.organization_scope_ref import OrganizationScopeRef


T = TypeVar("T", bound="OrganizationRole")


@_attrs_define
class OrganizationRole:
    tenant_id: str
    id: str
    name: str
    description: None | str
    type_: OrganizationRoleType
    scopes: list[OrganizationScopeRef] | Unset = UNSET
    resource_scopes: list[OrganizationRoleResourceScopesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("name", self.name),
                ("description", self.description),
                ("type_", self.type_),
                ("scopes", self.scopes),
                ("resource_scopes", self.resource_scopes),
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

        description: None | str
        description = self.description

        type_: str = self.type_

        scopes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.to_dict()
                scopes.append(scopes_item)

        resource_scopes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource_scopes, Unset):
            resource_scopes = []
            for resource_scopes_item_data in self.resource_scopes:
                resource_scopes_item = resource_scopes_item_data.to_dict()
                resource_scopes.append(resource_scopes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "name": name,
                "description": description,
                "type": type_,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if resource_scopes is not UNSET:
            field_dict["resourceScopes"] = resource_scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            name = d["name"]

            description: None | str = d["description"]

            type_ = check_organization_role_type(d["type"])

            if len(d) == 5:  # only the required keys: every optional one is UNSET
                scopes = UNSET
                resource_scopes = UNSET
            else:
                _scopes = d.get("scopes", UNSET)
                scopes: list[OrganizationScopeRef] | Unset = UNSET
                if _scopes is not UNSET:
                    scopes = []
                    for scopes_item_data in _scopes:
                        scopes_item = OrganizationScopeRef.from_dict(scopes_item_data)

                        scopes.append(scopes_item)

                _resource_scopes = d.get("resourceScopes", UNSET)
                resource_scopes: list[OrganizationRoleResourceScopesItem] | Unset = UNSET
                if _resource_scopes is not UNSET:
                    resource_scopes = []
                    for resource_scopes_item_data in _resource_scopes:
                        resource_scopes_item = OrganizationRoleResourceScopesItem.from_dict(
                            resource_scopes_item_data
                        )

                        resource_scopes.append(resource_scopes_item)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.name = name
            _instance.description = description
            _instance.type_ = type_
            _instance.scopes = scopes
            _instance.resource_scopes = resource_scopes
            if len(d) == 5 + ("scopes" in d) + ("resourceScopes" in d):
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
    "description": "description",
    "type": "type_",
    "scopes": "scopes",
    "resourceScopes": "resource_scopes",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "name",
        "description",
        "type",
        "scopes",
        "resourceScopes",
    )
)


from ..models.organization_role_resource_scopes_item import (
    OrganizationRoleResourceScopesItem,  # noqa: E402
)
from ..models.organization_scope_ref import OrganizationScopeRef  # noqa: E402
