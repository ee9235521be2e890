from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_invitation_status import (
    OrganizationInvitationStatus,
    check_organization_invitation_status,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.organization_role_ref import OrganizationRoleRef


T = TypeVar("T", bound="OrganizationInvitation")


@_attrs_define
class OrganizationInvitation:
    tenant_id: str
    id: str
    inviter_id: None | str
    invitee: str
    accepted_user_id: None | str
    organization_id: str
    status: OrganizationInvitationStatus
    created_at: float
    """ Epoch milliseconds. """
    updated_at: float
    """ Epoch milliseconds. """
    expires_at: float
    """ Epoch milliseconds. """
    organization_roles: list[OrganizationRoleRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("inviter_id", self.inviter_id),
                ("invitee", self.invitee),
                ("accepted_user_id", self.accepted_user_id),
                ("organization_id", self.organization_id),
                ("status", self.status),
                ("created_at", self.created_at),
                ("updated_at", self.updated_at),
                ("expires_at", self.expires_at),
                ("organization_roles", self.organization_roles),
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

        inviter_id: None | str
        inviter_id = self.inviter_id

        invitee = self.invitee

        accepted_user_id: None | str
        accepted_user_id = self.accepted_user_id

        organization_id = self.organization_id

        status: str = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        expires_at = self.expires_at

        organization_roles = []
        for organization_roles_item_data in self.organization_roles:
            organization_roles_item = organization_roles_item_data.to_dict()
            organization_roles.append(organization_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "inviterId": inviter_id,
                "invitee": invitee,
                "acceptedUserId": accepted_user_id,
                "organizationId": organization_id,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "expiresAt": expires_at,
                "organizationRoles": organization_roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            inviter_id: None | str = d["inviterId"]

            invitee = d["invitee"]

            accepted_user_id: None | str = d["acceptedUserId"]

            organization_id = d["organizationId"]

            status = check_organization_invitation_status(d["status"])

            created_at = d["createdAt"]

            updated_at = d["updatedAt"]

            expires_at = d["expiresAt"]

            organization_roles = []
            _organization_roles = d["organizationRoles"]
            for organization_roles_item_data in _organization_roles:
                organization_roles_item = OrganizationRoleRef.from_dict(
                    organization_roles_item_data
                )

                organization_roles.append(organization_roles_item)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.inviter_id = inviter_id
            _instance.invitee = invitee
            _instance.accepted_user_id = accepted_user_id
            _instance.organization_id = organization_id
            _instance.status = status
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.expires_at = expires_at
            _instance.organization_roles = organization_roles
            if len(d) == 11:
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
    "inviterId": "inviter_id",
    "invitee": "invitee",
    "acceptedUserId": "accepted_user_id",
    "organizationId": "organization_id",
    "status": "status",
    "createdAt": "created_at",
    "updatedAt": "updated_at",
    "expiresAt": "expires_at",
    "organizationRoles": "organization_roles",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "inviterId",
        "invitee",
        "acceptedUserId",
        "organizationId",
        "status",
        "createdAt",
        "updatedAt",
        "expiresAt",
        "organizationRoles",
    )
)


from ..models.organization_role_ref import OrganizationRoleRef  # noqa: E402
