from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_role_ref import OrganizationRoleRef
    from ..models.organization_user_custom_data import OrganizationUserCustomData
    from ..models.organization_user_identities import OrganizationUserIdentities
    from ..models.profile import Profile


T = TypeVar("T", bound="OrganizationUser")


@_attrs_define
class OrganizationUser:
    id: str
    username: None | str
    primary_email: None | str
    primary_phone: None | str
    name: None | str
    avatar: None | str
    custom_data: OrganizationUserCustomData
    """ arbitrary """
    identities: OrganizationUserIdentities
    last_sign_in_at: float | None
    created_at: float
    updated_at: float
    profile: Profile
    application_id: None | str
    cimd_client_id: None | str
    """ The identifier of the CIMD (client ID metadata document) client from the user's first consent. `null` unless
    the user's first consent was granted to a CIMD client. Mutually exclusive with `applicationId`. """
    is_suspended: bool
    organization_roles: list[OrganizationRoleRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("username", self.username),
                ("primary_email", self.primary_email),
                ("primary_phone", self.primary_phone),
                ("name", self.name),
                ("avatar", self.avatar),
                ("custom_data", self.custom_data),
                ("identities", self.identities),
                ("last_sign_in_at", self.last_sign_in_at),
                ("created_at", self.created_at),
                ("updated_at", self.updated_at),
                ("profile", self.profile),
                ("application_id", self.application_id),
                ("cimd_client_id", self.cimd_client_id),
                ("is_suspended", self.is_suspended),
                ("organization_roles", self.organization_roles),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username: None | str
        username = self.username

        primary_email: None | str
        primary_email = self.primary_email

        primary_phone: None | str
        primary_phone = self.primary_phone

        name: None | str
        name = self.name

        avatar: None | str
        avatar = self.avatar

        custom_data = self.custom_data.to_dict()

        identities = self.identities.to_dict()

        last_sign_in_at: float | None
        last_sign_in_at = self.last_sign_in_at

        created_at = self.created_at

        updated_at = self.updated_at

        profile = self.profile.to_dict()

        application_id: None | str
        application_id = self.application_id

        cimd_client_id: None | str
        cimd_client_id = self.cimd_client_id

        is_suspended = self.is_suspended

        organization_roles = []
        for organization_roles_item_data in self.organization_roles:
            organization_roles_item = organization_roles_item_data.to_dict()
            organization_roles.append(organization_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "primaryEmail": primary_email,
                "primaryPhone": primary_phone,
                "name": name,
                "avatar": avatar,
                "customData": custom_data,
                "identities": identities,
                "lastSignInAt": last_sign_in_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "profile": profile,
                "applicationId": application_id,
                "cimdClientId": cimd_client_id,
                "isSuspended": is_suspended,
                "organizationRoles": organization_roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        username = cast(None | str, d.pop("username"))

        primary_email = cast(None | str, d.pop("primaryEmail"))

        primary_phone = cast(None | str, d.pop("primaryPhone"))

        name = cast(None | str, d.pop("name"))

        avatar = cast(None | str, d.pop("avatar"))

        custom_data = OrganizationUserCustomData.from_dict(d.pop("customData"))

        identities = OrganizationUserIdentities.from_dict(d.pop("identities"))

        last_sign_in_at = cast(float | None, d.pop("lastSignInAt"))

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        profile = Profile.from_dict(d.pop("profile"))

        application_id = cast(None | str, d.pop("applicationId"))

        cimd_client_id = cast(None | str, d.pop("cimdClientId"))

        is_suspended = d.pop("isSuspended")

        organization_roles = []
        _organization_roles = d.pop("organizationRoles")
        for organization_roles_item_data in _organization_roles:
            organization_roles_item = OrganizationRoleRef.from_dict(organization_roles_item_data)

            organization_roles.append(organization_roles_item)

        organization_user = cls(
            id=id,
            username=username,
            primary_email=primary_email,
            primary_phone=primary_phone,
            name=name,
            avatar=avatar,
            custom_data=custom_data,
            identities=identities,
            last_sign_in_at=last_sign_in_at,
            created_at=created_at,
            updated_at=updated_at,
            profile=profile,
            application_id=application_id,
            cimd_client_id=cimd_client_id,
            is_suspended=is_suspended,
            organization_roles=organization_roles,
        )

        organization_user.additional_properties = d
        return organization_user

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


from ..models.organization_role_ref import OrganizationRoleRef  # noqa: E402
from ..models.organization_user_custom_data import OrganizationUserCustomData  # noqa: E402
from ..models.organization_user_identities import OrganizationUserIdentities  # noqa: E402
from ..models.profile import Profile  # noqa: E402
