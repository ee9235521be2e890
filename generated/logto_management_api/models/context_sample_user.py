from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mfa_verification_factor import (
    MfaVerificationFactor,
    check_mfa_verification_factor,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.context_sample_user_identities import ContextSampleUserIdentities
    from ..models.context_sample_user_organization_role import (
        ContextSampleUserOrganizationRole,
    )
    from ..models.context_sample_user_role import ContextSampleUserRole
    from ..models.context_sample_user_sso_identity import ContextSampleUserSsoIdentity
    from ..models.json_object import JsonObject
    from ..models.jwt_context_organization import JwtContextOrganization
    from ..models.profile import Profile


T = TypeVar("T", bound="ContextSampleUser")


@_attrs_define
class ContextSampleUser:
    id: str | Unset = UNSET
    username: None | str | Unset = UNSET
    primary_email: None | str | Unset = UNSET
    primary_phone: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    avatar: None | str | Unset = UNSET
    custom_data: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    identities: ContextSampleUserIdentities | Unset = UNSET
    last_sign_in_at: float | None | Unset = UNSET
    """ Epoch milliseconds. """
    created_at: float | Unset = UNSET
    """ Epoch milliseconds. """
    updated_at: float | Unset = UNSET
    """ Epoch milliseconds. """
    profile: Profile | Unset = UNSET
    application_id: None | str | Unset = UNSET
    cimd_client_id: None | str | Unset = UNSET
    is_suspended: bool | Unset = UNSET
    has_password: bool | Unset = UNSET
    sso_identities: list[ContextSampleUserSsoIdentity] | Unset = UNSET
    mfa_verification_factors: list[MfaVerificationFactor] | Unset = UNSET
    roles: list[ContextSampleUserRole] | Unset = UNSET
    organizations: list[JwtContextOrganization] | Unset = UNSET
    organization_roles: list[ContextSampleUserOrganizationRole] | Unset = UNSET
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
                ("has_password", self.has_password),
                ("sso_identities", self.sso_identities),
                ("mfa_verification_factors", self.mfa_verification_factors),
                ("roles", self.roles),
                ("organizations", self.organizations),
                ("organization_roles", self.organization_roles),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        primary_email: None | str | Unset
        if isinstance(self.primary_email, Unset):
            primary_email = UNSET
        else:
            primary_email = self.primary_email

        primary_phone: None | str | Unset
        if isinstance(self.primary_phone, Unset):
            primary_phone = UNSET
        else:
            primary_phone = self.primary_phone

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = dict(self.custom_data)

        identities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identities, Unset):
            identities = self.identities.to_dict()

        last_sign_in_at: float | None | Unset
        if isinstance(self.last_sign_in_at, Unset):
            last_sign_in_at = UNSET
        else:
            last_sign_in_at = self.last_sign_in_at

        created_at = self.created_at

        updated_at = self.updated_at

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        cimd_client_id: None | str | Unset
        if isinstance(self.cimd_client_id, Unset):
            cimd_client_id = UNSET
        else:
            cimd_client_id = self.cimd_client_id

        is_suspended = self.is_suspended

        has_password = self.has_password

        sso_identities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sso_identities, Unset):
            sso_identities = []
            for sso_identities_item_data in self.sso_identities:
                sso_identities_item = sso_identities_item_data.to_dict()
                sso_identities.append(sso_identities_item)

        mfa_verification_factors: list[str] | Unset = UNSET
        if not isinstance(self.mfa_verification_factors, Unset):
            mfa_verification_factors = []
            for mfa_verification_factors_item_data in self.mfa_verification_factors:
                mfa_verification_factors_item: str = mfa_verification_factors_item_data
                mfa_verification_factors.append(mfa_verification_factors_item)

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        organization_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organization_roles, Unset):
            organization_roles = []
            for organization_roles_item_data in self.organization_roles:
                organization_roles_item = organization_roles_item_data.to_dict()
                organization_roles.append(organization_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if primary_email is not UNSET:
            field_dict["primaryEmail"] = primary_email
        if primary_phone is not UNSET:
            field_dict["primaryPhone"] = primary_phone
        if name is not UNSET:
            field_dict["name"] = name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if custom_data is not UNSET:
            field_dict["customData"] = custom_data
        if identities is not UNSET:
            field_dict["identities"] = identities
        if last_sign_in_at is not UNSET:
            field_dict["lastSignInAt"] = last_sign_in_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if profile is not UNSET:
            field_dict["profile"] = profile
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if cimd_client_id is not UNSET:
            field_dict["cimdClientId"] = cimd_client_id
        if is_suspended is not UNSET:
            field_dict["isSuspended"] = is_suspended
        if has_password is not UNSET:
            field_dict["hasPassword"] = has_password
        if sso_identities is not UNSET:
            field_dict["ssoIdentities"] = sso_identities
        if mfa_verification_factors is not UNSET:
            field_dict["mfaVerificationFactors"] = mfa_verification_factors
        if roles is not UNSET:
            field_dict["roles"] = roles
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if organization_roles is not UNSET:
            field_dict["organizationRoles"] = organization_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                id = UNSET
                username = UNSET
                primary_email = UNSET
                primary_phone = UNSET
                name = UNSET
                avatar = UNSET
                custom_data = UNSET
                identities = UNSET
                last_sign_in_at = UNSET
                created_at = UNSET
                updated_at = UNSET
                profile = UNSET
                application_id = UNSET
                cimd_client_id = UNSET
                is_suspended = UNSET
                has_password = UNSET
                sso_identities = UNSET
                mfa_verification_factors = UNSET
                roles = UNSET
                organizations = UNSET
                organization_roles = UNSET
            else:
                id = d.get("id", UNSET)

                username: None | str | Unset = d.get("username", UNSET)

                primary_email: None | str | Unset = d.get("primaryEmail", UNSET)

                primary_phone: None | str | Unset = d.get("primaryPhone", UNSET)

                name: None | str | Unset = d.get("name", UNSET)

                avatar: None | str | Unset = d.get("avatar", UNSET)

                _custom_data = d.get("customData", UNSET)
                custom_data: JsonObject | Unset
                if isinstance(_custom_data, Unset):
                    custom_data = UNSET
                else:
                    custom_data = dict(_custom_data)

                _identities = d.get("identities", UNSET)
                identities: ContextSampleUserIdentities | Unset
                if isinstance(_identities, Unset):
                    identities = UNSET
                else:
                    identities = ContextSampleUserIdentities.from_dict(_identities)

                last_sign_in_at: float | None | Unset = d.get("lastSignInAt", UNSET)

                created_at = d.get("createdAt", UNSET)

                updated_at = d.get("updatedAt", UNSET)

                _profile = d.get("profile", UNSET)
                profile: Profile | Unset
                if isinstance(_profile, Unset):
                    profile = UNSET
                else:
                    profile = Profile.from_dict(_profile)

                application_id: None | str | Unset = d.get("applicationId", UNSET)

                cimd_client_id: None | str | Unset = d.get("cimdClientId", UNSET)

                is_suspended = d.get("isSuspended", UNSET)

                has_password = d.get("hasPassword", UNSET)

                _sso_identities = d.get("ssoIdentities", UNSET)
                sso_identities: list[ContextSampleUserSsoIdentity] | Unset = UNSET
                if _sso_identities is not UNSET:
                    sso_identities = []
                    for sso_identities_item_data in _sso_identities:
                        sso_identities_item = ContextSampleUserSsoIdentity.from_dict(
                            sso_identities_item_data
                        )

                        sso_identities.append(sso_identities_item)

                _mfa_verification_factors = d.get("mfaVerificationFactors", UNSET)
                mfa_verification_factors: list[MfaVerificationFactor] | Unset = UNSET
                if _mfa_verification_factors is not UNSET:
                    mfa_verification_factors = []
                    for mfa_verification_factors_item_data in _mfa_verification_factors:
                        mfa_verification_factors_item = check_mfa_verification_factor(
                            mfa_verification_factors_item_data
                        )

                        mfa_verification_factors.append(mfa_verification_factors_item)

                _roles = d.get("roles", UNSET)
                roles: list[ContextSampleUserRole] | Unset = UNSET
                if _roles is not UNSET:
                    roles = []
                    for roles_item_data in _roles:
                        roles_item = ContextSampleUserRole.from_dict(roles_item_data)

                        roles.append(roles_item)

                _organizations = d.get("organizations", UNSET)
                organizations: list[JwtContextOrganization] | Unset = UNSET
                if _organizations is not UNSET:
                    organizations = []
                    for organizations_item_data in _organizations:
                        organizations_item = JwtContextOrganization.from_dict(
                            organizations_item_data
                        )

                        organizations.append(organizations_item)

                _organization_roles = d.get("organizationRoles", UNSET)
                organization_roles: list[ContextSampleUserOrganizationRole] | Unset = UNSET
                if _organization_roles is not UNSET:
                    organization_roles = []
                    for organization_roles_item_data in _organization_roles:
                        organization_roles_item = ContextSampleUserOrganizationRole.from_dict(
                            organization_roles_item_data
                        )

                        organization_roles.append(organization_roles_item)

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
            _instance.cimd_client_id = cimd_client_id
            _instance.is_suspended = is_suspended
            _instance.has_password = has_password
            _instance.sso_identities = sso_identities
            _instance.mfa_verification_factors = mfa_verification_factors
            _instance.roles = roles
            _instance.organizations = organizations
            _instance.organization_roles = organization_roles
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
    "cimdClientId": "cimd_client_id",
    "isSuspended": "is_suspended",
    "hasPassword": "has_password",
    "ssoIdentities": "sso_identities",
    "mfaVerificationFactors": "mfa_verification_factors",
    "roles": "roles",
    "organizations": "organizations",
    "organizationRoles": "organization_roles",
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
        "cimdClientId",
        "isSuspended",
        "hasPassword",
        "ssoIdentities",
        "mfaVerificationFactors",
        "roles",
        "organizations",
        "organizationRoles",
    )
)


from ..models.context_sample_user_identities import ContextSampleUserIdentities  # noqa: E402
from ..models.context_sample_user_organization_role import (
    ContextSampleUserOrganizationRole,  # noqa: E402
)
from ..models.context_sample_user_role import ContextSampleUserRole  # noqa: E402
from ..models.context_sample_user_sso_identity import ContextSampleUserSsoIdentity  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.jwt_context_organization import JwtContextOrganization  # noqa: E402
from ..models.profile import Profile  # noqa: E402
