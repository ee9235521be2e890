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


T = TypeVar("T", bound="CreateUserBody")


@_attrs_define
class CreateUserBody:
    """User data to create a new user. All properties are optional."""

    primary_phone: str | Unset = UNSET
    """ Primary phone number for the user. It should be unique across all users. """
    primary_email: str | Unset = UNSET
    """ Primary email address for the user. It should be unique across all users. """
    username: str | Unset = UNSET
    """ Username for the user. It should be unique across all users. """
    password: str | Unset = UNSET
    """ Plain text password for the user. """
    password_digest: str | Unset = UNSET
    """ In case you already have the password digests and not the passwords, you can use them for the newly created
    user via this property. The algorithm can be specified using the `passwordAlgorithm` property. For `Legacy`,
    pass a JSON string in the format `[algorithm, args, encryptedPassword]`, where `args` is a string array that
    MUST contain an `@` placeholder, which will be replaced by the plain text password at runtime. For PBKDF2 under
    `Legacy`, `args` is expected to be in the order `[salt, iterations, keylen, digest, '@']`. The salt supports a
    plain string or a `hex:`-prefixed hex string (for binary salt bytes). """
    password_algorithm: PasswordAlgorithm | Unset = UNSET
    name: str | Unset = UNSET
    avatar: str | Unset = UNSET
    custom_data: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    profile: Profile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("primary_phone", self.primary_phone),
                ("primary_email", self.primary_email),
                ("username", self.username),
                ("password", MASKED if self.password else self.password),
                ("password_digest", MASKED if self.password_digest else self.password_digest),
                ("password_algorithm", self.password_algorithm),
                ("name", self.name),
                ("avatar", self.avatar),
                ("custom_data", self.custom_data),
                ("profile", self.profile),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        primary_phone = self.primary_phone

        primary_email = self.primary_email

        username = self.username

        password = self.password

        password_digest = self.password_digest

        password_algorithm: str | Unset = UNSET
        if not isinstance(self.password_algorithm, Unset):
            password_algorithm = self.password_algorithm

        name = self.name

        avatar: str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = dict(self.custom_data)

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary_phone is not UNSET:
            field_dict["primaryPhone"] = primary_phone
        if primary_email is not UNSET:
            field_dict["primaryEmail"] = primary_email
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if password_digest is not UNSET:
            field_dict["passwordDigest"] = password_digest
        if password_algorithm is not UNSET:
            field_dict["passwordAlgorithm"] = password_algorithm
        if name is not UNSET:
            field_dict["name"] = name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if custom_data is not UNSET:
            field_dict["customData"] = custom_data
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                primary_phone = UNSET
                primary_email = UNSET
                username = UNSET
                password = UNSET
                password_digest = UNSET
                password_algorithm = UNSET
                name = UNSET
                avatar = UNSET
                custom_data = UNSET
                profile = UNSET
            else:
                primary_phone = d.get("primaryPhone", UNSET)

                primary_email = d.get("primaryEmail", UNSET)

                username = d.get("username", UNSET)

                password = d.get("password", UNSET)

                password_digest = d.get("passwordDigest", UNSET)

                _password_algorithm = d.get("passwordAlgorithm", UNSET)
                password_algorithm: PasswordAlgorithm | Unset
                if isinstance(_password_algorithm, Unset):
                    password_algorithm = UNSET
                else:
                    password_algorithm = check_password_algorithm(_password_algorithm)

                name = d.get("name", UNSET)

                avatar: str | Unset = d.get("avatar", UNSET)

                _custom_data = d.get("customData", UNSET)
                custom_data: JsonObject | Unset
                if isinstance(_custom_data, Unset):
                    custom_data = UNSET
                else:
                    custom_data = dict(_custom_data)

                _profile = d.get("profile", UNSET)
                profile: Profile | Unset
                if isinstance(_profile, Unset):
                    profile = UNSET
                else:
                    profile = Profile.from_dict(_profile)

            _instance = cls.__new__(cls)
            _instance.primary_phone = primary_phone
            _instance.primary_email = primary_email
            _instance.username = username
            _instance.password = password
            _instance.password_digest = password_digest
            _instance.password_algorithm = password_algorithm
            _instance.name = name
            _instance.avatar = avatar
            _instance.custom_data = custom_data
            _instance.profile = profile
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
    "primaryPhone": "primary_phone",
    "primaryEmail": "primary_email",
    "username": "username",
    "password": "password",
    "passwordDigest": "password_digest",
    "passwordAlgorithm": "password_algorithm",
    "name": "name",
    "avatar": "avatar",
    "customData": "custom_data",
    "profile": "profile",
}
_JSON_NAMES = frozenset(
    (
        "primaryPhone",
        "primaryEmail",
        "username",
        "password",
        "passwordDigest",
        "passwordAlgorithm",
        "name",
        "avatar",
        "customData",
        "profile",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
from ..models.profile import Profile  # noqa: E402
