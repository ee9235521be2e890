from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.organization_role_ref import OrganizationRoleRef
    from ..models.organization_user_identities import OrganizationUserIdentities
    from ..models.profile import Profile


T = TypeVar("T", bound="OrganizationUser")


@_attrs_define
class OrganizationUser:
    """Older Logto releases omit cimdClientId (≥ master 1fbc55441f)."""

    id: str
    username: None | str
    primary_email: None | str
    primary_phone: None | str
    name: None | str
    avatar: None | str
    custom_data: JsonObject
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    identities: OrganizationUserIdentities
    last_sign_in_at: float | None
    """ Epoch milliseconds. """
    created_at: float
    """ Epoch milliseconds. """
    updated_at: float
    """ Epoch milliseconds. """
    profile: Profile
    application_id: None | str
    is_suspended: bool
    organization_roles: list[OrganizationRoleRef]
    cimd_client_id: None | str | Unset = UNSET
    """ The identifier of the CIMD (client ID metadata document) client from the user's first consent. `null` unless
    the user's first consent was granted to a CIMD client. Mutually exclusive with `applicationId`. Sent by Logto
    master 1fbc55441f and later; older releases omit it (UNSET then). """
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
                ("is_suspended", self.is_suspended),
                ("organization_roles", self.organization_roles),
                ("cimd_client_id", self.cimd_client_id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

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

        custom_data = dict(self.custom_data)

        identities = self.identities.to_dict()

        last_sign_in_at: float | None
        last_sign_in_at = self.last_sign_in_at

        created_at = self.created_at

        updated_at = self.updated_at

        profile = self.profile.to_dict()

        application_id: None | str
        application_id = self.application_id

        is_suspended = self.is_suspended

        organization_roles = []
        for organization_roles_item_data in self.organization_roles:
            organization_roles_item = organization_roles_item_data.to_dict()
            organization_roles.append(organization_roles_item)

        cimd_client_id: None | str | Unset
        if isinstance(self.cimd_client_id, Unset):
            cimd_client_id = UNSET
        else:
            cimd_client_id = self.cimd_client_id

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
                "isSuspended": is_suspended,
                "organizationRoles": organization_roles,
            }
        )
        if cimd_client_id is not UNSET:
            field_dict["cimdClientId"] = cimd_client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            username: None | str = d["username"]

            primary_email: None | str = d["primaryEmail"]

            primary_phone: None | str = d["primaryPhone"]

            name: None | str = d["name"]

            avatar: None | str = d["avatar"]

            custom_data = dict(d["customData"])

            identities = OrganizationUserIdentities.from_dict(d["identities"])

            last_sign_in_at: float | None = d["lastSignInAt"]

            created_at = d["createdAt"]

            updated_at = d["updatedAt"]

            profile = Profile.from_dict(d["profile"])

            application_id: None | str = d["applicationId"]

            is_suspended = d["isSuspended"]

            organization_roles = []
            _organization_roles = d["organizationRoles"]
            for organization_roles_item_data in _organization_roles:
                organization_roles_item = OrganizationRoleRef.from_dict(
                    organization_roles_item_data
                )

                organization_roles.append(organization_roles_item)

            if len(d) == 15:  # only the required keys: every optional one is UNSET
                cimd_client_id = UNSET
            else:
                cimd_client_id: None | str | Unset = d.get("cimdClientId", UNSET)

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.username = username
            _instance.primary_email = primary_email
            _instance.primary_phone = primary_phone
            _instance.name = name
            _instance.avatar = avatar
            _instance.custom_data = custom_data
            _instance.identities = identities
            _instance.last_sign_in_at = last_sign_in_at
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.profile = profile
            _instance.application_id = application_id
            _instance.is_suspended = is_suspended
            _instance.organization_roles = organization_roles
            _instance.cimd_client_id = cimd_client_id
            if len(d) == 15 + ("cimdClientId" in d):
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
    "id": "id",
    "username": "username",
    "primaryEmail": "primary_email",
    "primaryPhone": "primary_phone",
    "name": "name",
    "avatar": "avatar",
    "customData": "custom_data",
    "identities": "identities",
    "lastSignInAt": "last_sign_in_at",
    "createdAt": "created_at",
    "updatedAt": "updated_at",
    "profile": "profile",
    "applicationId": "application_id",
    "isSuspended": "is_suspended",
    "organizationRoles": "organization_roles",
    "cimdClientId": "cimd_client_id",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "username",
        "primaryEmail",
        "primaryPhone",
        "name",
        "avatar",
        "customData",
        "identities",
        "lastSignInAt",
        "createdAt",
        "updatedAt",
        "profile",
        "applicationId",
        "isSuspended",
        "organizationRoles",
        "cimdClientId",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
from ..models.organization_role_ref import OrganizationRoleRef  # noqa: E402
from ..models.organization_user_identities import OrganizationUserIdentities  # noqa: E402
from ..models.profile import Profile  # noqa: E402
