from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_scope import UserScope, check_user_scope
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

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

    def __attrs_post_init__(self) -> None:
        check_fields(self)

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
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                organization_scopes = UNSET
                resource_scopes = UNSET
                organization_resource_scopes = UNSET
                user_scopes = UNSET
            else:
                organization_scopes: list[str] | Unset = d.get("organizationScopes", UNSET)

                resource_scopes: list[str] | Unset = d.get("resourceScopes", UNSET)

                organization_resource_scopes: list[str] | Unset = d.get(
                    "organizationResourceScopes", UNSET
                )

                _user_scopes = d.get("userScopes", UNSET)
                user_scopes: list[UserScope] | Unset = UNSET
                if _user_scopes is not UNSET:
                    user_scopes = []
                    for user_scopes_item_data in _user_scopes:
                        user_scopes_item = check_user_scope(user_scopes_item_data)

                        user_scopes.append(user_scopes_item)

            _instance = cls.__new__(cls)
            _instance.organization_scopes = organization_scopes
            _instance.resource_scopes = resource_scopes
            _instance.organization_resource_scopes = organization_resource_scopes
            _instance.user_scopes = user_scopes
            if len(d) == 0 or d.keys() <= _JSON_NAMES:
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
    "organizationScopes": "organization_scopes",
    "resourceScopes": "resource_scopes",
    "organizationResourceScopes": "organization_resource_scopes",
    "userScopes": "user_scopes",
}
_JSON_NAMES = frozenset(
    (
        "organizationScopes",
        "resourceScopes",
        "organizationResourceScopes",
        "userScopes",
    )
)
