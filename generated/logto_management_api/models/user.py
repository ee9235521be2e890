from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.password_algorithm import PasswordAlgorithm, check_password_algorithm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile import Profile
    from ..models.sso_identity import SsoIdentity
    from ..models.user_custom_data import UserCustomData
    from ..models.user_identities import UserIdentities


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    id: str
    username: None | str
    primary_email: None | str
    primary_phone: None | str
    name: None | str
    avatar: None | str
    custom_data: UserCustomData
    """ arbitrary """
    identities: UserIdentities
    last_sign_in_at: float | None
    created_at: float
    updated_at: float
    profile: Profile
    application_id: None | str
    cimd_client_id: None | str
    """ The identifier of the CIMD (client ID metadata document) client from the user's first consent. `null` unless
    the user's first consent was granted to a CIMD client. Mutually exclusive with `applicationId`. """
    is_suspended: bool
    has_password: bool | Unset = UNSET
    has_security_verification_method: bool | Unset = UNSET
    sso_identities: list[SsoIdentity] | Unset = UNSET
    """ List of SSO identities associated with the user. Only available when the `includeSsoIdentities` query
    parameter is provided with a truthy value. """
    password_digest: None | str | Unset = UNSET
    """ The hashed password of the user. Only present when `includePasswordHash` is provided with a truthy value.
    `null` if the user has no password set. """
    password_algorithm: None | PasswordAlgorithm | Unset = UNSET
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
                ("has_security_verification_method", self.has_security_verification_method),
                ("sso_identities", self.sso_identities),
                ("password_digest", self.password_digest),
                ("password_algorithm", self.password_algorithm),
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

        has_password = self.has_password

        has_security_verification_method = self.has_security_verification_method

        sso_identities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sso_identities, Unset):
            sso_identities = []
            for sso_identities_item_data in self.sso_identities:
                sso_identities_item = sso_identities_item_data.to_dict()
                sso_identities.append(sso_identities_item)

        password_digest: None | str | Unset
        if isinstance(self.password_digest, Unset):
            password_digest = UNSET
        else:
            password_digest = self.password_digest

        password_algorithm: None | str | Unset
        if isinstance(self.password_algorithm, Unset):
            password_algorithm = UNSET
        elif isinstance(self.password_algorithm, str):
            password_algorithm = self.password_algorithm
        else:
            password_algorithm = self.password_algorithm

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
            }
        )
        if has_password is not UNSET:
            field_dict["hasPassword"] = has_password
        if has_security_verification_method is not UNSET:
            field_dict["hasSecurityVerificationMethod"] = has_security_verification_method
        if sso_identities is not UNSET:
            field_dict["ssoIdentities"] = sso_identities
        if password_digest is not UNSET:
            field_dict["passwordDigest"] = password_digest
        if password_algorithm is not UNSET:
            field_dict["passwordAlgorithm"] = password_algorithm

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

        custom_data = UserCustomData.from_dict(d.pop("customData"))

        identities = UserIdentities.from_dict(d.pop("identities"))

        last_sign_in_at = cast(float | None, d.pop("lastSignInAt"))

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        profile = Profile.from_dict(d.pop("profile"))

        application_id = cast(None | str, d.pop("applicationId"))

        cimd_client_id = cast(None | str, d.pop("cimdClientId"))

        is_suspended = d.pop("isSuspended")

        has_password = d.pop("hasPassword", UNSET)

        has_security_verification_method = d.pop("hasSecurityVerificationMethod", UNSET)

        _sso_identities = d.pop("ssoIdentities", UNSET)
        sso_identities: list[SsoIdentity] | Unset = UNSET
        if _sso_identities is not UNSET:
            sso_identities = []
            for sso_identities_item_data in _sso_identities:
                sso_identities_item = SsoIdentity.from_dict(sso_identities_item_data)

                sso_identities.append(sso_identities_item)

        password_digest = cast(None | str | Unset, d.pop("passwordDigest", UNSET))

        def _parse_password_algorithm(data: object) -> None | PasswordAlgorithm | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                password_algorithm_type_1 = check_password_algorithm(data)

                return password_algorithm_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PasswordAlgorithm | Unset, data)

        password_algorithm = _parse_password_algorithm(d.pop("passwordAlgorithm", UNSET))

        user = cls(
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
            has_password=has_password,
            has_security_verification_method=has_security_verification_method,
            sso_identities=sso_identities,
            password_digest=password_digest,
            password_algorithm=password_algorithm,
        )

        user.additional_properties = d
        return user

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


from ..models.profile import Profile  # noqa: E402
from ..models.sso_identity import SsoIdentity  # noqa: E402
from ..models.user_custom_data import UserCustomData  # noqa: E402
from ..models.user_identities import UserIdentities  # noqa: E402
