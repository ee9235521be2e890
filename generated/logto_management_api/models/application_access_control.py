from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.organization_role_rule import OrganizationRoleRule


T = TypeVar("T", bound="ApplicationAccessControl")


@_attrs_define
class ApplicationAccessControl:
    user_ids: list[str]
    user_role_ids: list[str]
    organization_ids: list[str]
    organization_role_rules: list[OrganizationRoleRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("user_ids", self.user_ids),
                ("user_role_ids", self.user_role_ids),
                ("organization_ids", self.organization_ids),
                ("organization_role_rules", self.organization_role_rules),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        user_ids = self.user_ids

        user_role_ids = self.user_role_ids

        organization_ids = self.organization_ids

        organization_role_rules = []
        for organization_role_rules_item_data in self.organization_role_rules:
            organization_role_rules_item = organization_role_rules_item_data.to_dict()
            organization_role_rules.append(organization_role_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userIds": user_ids,
                "userRoleIds": user_role_ids,
                "organizationIds": organization_ids,
                "organizationRoleRules": organization_role_rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            user_ids: list[str] = d["userIds"]

            user_role_ids: list[str] = d["userRoleIds"]

            organization_ids: list[str] = d["organizationIds"]

            organization_role_rules = []
            _organization_role_rules = d["organizationRoleRules"]
            for organization_role_rules_item_data in _organization_role_rules:
                organization_role_rules_item = OrganizationRoleRule.from_dict(
                    organization_role_rules_item_data
                )

                organization_role_rules.append(organization_role_rules_item)

            _instance = cls.__new__(cls)
            _instance.user_ids = user_ids
            _instance.user_role_ids = user_role_ids
            _instance.organization_ids = organization_ids
            _instance.organization_role_rules = organization_role_rules
            if len(d) == 4:
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
    "userIds": "user_ids",
    "userRoleIds": "user_role_ids",
    "organizationIds": "organization_ids",
    "organizationRoleRules": "organization_role_rules",
}
_JSON_NAMES = frozenset(
    (
        "userIds",
        "userRoleIds",
        "organizationIds",
        "organizationRoleRules",
    )
)


from ..models.organization_role_rule import OrganizationRoleRule  # noqa: E402
