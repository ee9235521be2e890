from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.password_algorithm import PasswordAlgorithm, check_password_algorithm
from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.profile import Profile
    from ..models.sso_identity import SsoIdentity
    from ..models.user_identities import UserIdentities


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """Older Logto releases omit cimdClientId (≥ master 1fbc55441f)."""

    id: str
    username: None | str
    primary_email: None | str
    primary_phone: None | str
    name: None | str
    avatar: None | str
    custom_data: JsonObject
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    identities: UserIdentities
    last_sign_in_at: float | None
    """ Epoch milliseconds. """
    created_at: float
    """ Epoch milliseconds. """
    updated_at: float
    """ Epoch milliseconds. """
    profile: Profile
    application_id: None | str
    is_suspended: bool
    cimd_client_id: None | str | Unset = UNSET
    """ The identifier of the CIMD (client ID metadata document) client from the user's first consent. `null` unless
    the user's first consent was granted to a CIMD client. Mutually exclusive with `applicationId`. Sent by Logto
    master 1fbc55441f and later; older releases omit it (UNSET then). """
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
                ("is_suspended", self.is_suspended),
                ("cimd_client_id", self.cimd_client_id),
                ("has_password", self.has_password),
                ("has_security_verification_method", self.has_security_verification_method),
                ("sso_identities", self.sso_identities),
                ("password_digest", MASKED if self.password_digest else self.password_digest),
                ("password_algorithm", self.password_algorithm),
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

        cimd_client_id: None | str | Unset
        if isinstance(self.cimd_client_id, Unset):
            cimd_client_id = UNSET
        else:
            cimd_client_id = self.cimd_client_id

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
                "isSuspended": is_suspended,
            }
        )
        if cimd_client_id is not UNSET:
            field_dict["cimdClientId"] = cimd_client_id
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
        try:
            d = src_dict
            id = d["id"]

            username: None | str = d["username"]

            primary_email: None | str = d["primaryEmail"]

            primary_phone: None | str = d["primaryPhone"]

            name: None | str = d["name"]

            avatar: None | str = d["avatar"]

            custom_data = dict(d["customData"])

            identities = UserIdentities.from_dict(d["identities"])

            last_sign_in_at: float | None = d["lastSignInAt"]

            created_at = d["createdAt"]

            updated_at = d["updatedAt"]

            profile = Profile.from_dict(d["profile"])

            application_id: None | str = d["applicationId"]

            is_suspended = d["isSuspended"]

            if len(d) == 14:  # only the required keys: every optional one is UNSET
                cimd_client_id = UNSET
                has_password = UNSET
                has_security_verification_method = UNSET
                sso_identities = UNSET
                password_digest = UNSET
                password_algorithm = UNSET
            else:
                cimd_client_id: None | str | Unset = d.get("cimdClientId", UNSET)

                has_password = d.get("hasPassword", UNSET)

                has_security_verification_method = d.get("hasSecurityVerificationMethod", UNSET)

                _sso_identities = d.get("ssoIdentities", UNSET)
                sso_identities: list[SsoIdentity] | Unset = UNSET
                if _sso_identities is not UNSET:
                    sso_identities = []
                    for sso_identities_item_data in _sso_identities:
                        sso_identities_item = SsoIdentity.from_dict(sso_identities_item_data)

                        sso_identities.append(sso_identities_item)

                password_digest: None | str | Unset = d.get("passwordDigest", UNSET)

                _password_algorithm_data = d.get("passwordAlgorithm", UNSET)
                password_algorithm: None | PasswordAlgorithm | Unset
                if _password_algorithm_data is None or _password_algorithm_data is UNSET:
                    password_algorithm = _password_algorithm_data
                else:

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

                    password_algorithm = _parse_password_algorithm(_password_algorithm_data)

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
            _instance.cimd_client_id = cimd_client_id
            _instance.has_password = has_password
            _instance.has_security_verification_method = has_security_verification_method
            _instance.sso_identities = sso_identities
            _instance.password_digest = password_digest
            _instance.password_algorithm = password_algorithm
            if len(d) == 14 + ("cimdClientId" in d) + ("hasPassword" in d) + (
                "hasSecurityVerificationMethod" in d
            ) + ("ssoIdentities" in d) + ("passwordDigest" in d) + ("passwordAlgorithm" in d):
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
    "cimdClientId": "cimd_client_id",
    "hasPassword": "has_password",
    "hasSecurityVerificationMethod": "has_security_verification_method",
    "ssoIdentities": "sso_identities",
    "passwordDigest": "password_digest",
    "passwordAlgorithm": "password_algorithm",
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
        "cimdClientId",
        "hasPassword",
        "hasSecurityVerificationMethod",
        "ssoIdentities",
        "passwordDigest",
        "passwordAlgorithm",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
from ..models.profile import Profile  # noqa: E402
from ..models.sso_identity import SsoIdentity  # noqa: E402
from ..models.user_identities import UserIdentities  # noqa: E402
