from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_scope import UserScope, check_user_scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserConsentScopeRequest")


@_attrs_define
class UserConsentScopeRequest:
    organization_scopes: list[str] | Unset = UNSET
    resource_scopes: list[str] | Unset = UNSET
    organization_resource_scopes: list[str] | Unset = UNSET
    user_scopes: list[UserScope] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("organization_scopes", self.organization_scopes),
                ("resource_scopes", self.resource_scopes),
                ("organization_resource_scopes", self.organization_resource_scopes),
                ("user_scopes", self.user_scopes),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        organization_scopes: list[str] | Unset = UNSET
        if not isinstance(self.organization_scopes, Unset):
            organization_scopes = self.organization_scopes

        resource_scopes: list[str] | Unset = UNSET
        if not isinstance(self.resource_scopes, Unset):
            resource_scopes = self.resource_scopes

        organization_resource_scopes: list[str] | Unset = UNSET
        if not isinstance(self.organization_resource_scopes, Unset):
            organization_resource_scopes = self.organization_resource_scopes

        user_scopes: list[str] | Unset = UNSET
        if not isinstance(self.user_scopes, Unset):
            user_scopes = []
            for user_scopes_item_data in self.user_scopes:
                user_scopes_item: str = user_scopes_item_data
                user_scopes.append(user_scopes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_scopes is not UNSET:
            field_dict["organizationScopes"] = organization_scopes
        if resource_scopes is not UNSET:
            field_dict["resourceScopes"] = resource_scopes
        if organization_resource_scopes is not UNSET:
            field_dict["organizationResourceScopes"] = organization_resource_scopes
        if user_scopes is not UNSET:
            field_dict["userScopes"] = user_scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_scopes = cast(list[str], d.pop("organizationScopes", UNSET))

        resource_scopes = cast(list[str], d.pop("resourceScopes", UNSET))

        organization_resource_scopes = cast(list[str], d.pop("organizationResourceScopes", UNSET))

        _user_scopes = d.pop("userScopes", UNSET)
        user_scopes: list[UserScope] | Unset = UNSET
        if _user_scopes is not UNSET:
            user_scopes = []
            for user_scopes_item_data in _user_scopes:
                user_scopes_item = check_user_scope(user_scopes_item_data)

                user_scopes.append(user_scopes_item)

        user_consent_scope_request = cls(
            organization_scopes=organization_scopes,
            resource_scopes=resource_scopes,
            organization_resource_scopes=organization_resource_scopes,
            user_scopes=user_scopes,
        )

        user_consent_scope_request.additional_properties = d
        return user_consent_scope_request

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
