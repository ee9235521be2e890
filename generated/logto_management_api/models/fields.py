from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fields_avatar import FieldsAvatar, check_fields_avatar
from ..models.fields_custom_data import FieldsCustomData, check_fields_custom_data
from ..models.fields_email import FieldsEmail, check_fields_email
from ..models.fields_mfa import FieldsMfa, check_fields_mfa
from ..models.fields_name import FieldsName, check_fields_name
from ..models.fields_passkey import FieldsPasskey, check_fields_passkey
from ..models.fields_password import FieldsPassword, check_fields_password
from ..models.fields_phone import FieldsPhone, check_fields_phone
from ..models.fields_profile import FieldsProfile, check_fields_profile
from ..models.fields_session import FieldsSession, check_fields_session
from ..models.fields_social import FieldsSocial, check_fields_social
from ..models.fields_username import FieldsUsername, check_fields_username
from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="Fields")


@_attrs_define
class Fields:
    name: FieldsName | Unset = UNSET
    avatar: FieldsAvatar | Unset = UNSET
    profile: FieldsProfile | Unset = UNSET
    email: FieldsEmail | Unset = UNSET
    phone: FieldsPhone | Unset = UNSET
    password: FieldsPassword | Unset = UNSET
    username: FieldsUsername | Unset = UNSET
    social: FieldsSocial | Unset = UNSET
    custom_data: FieldsCustomData | Unset = UNSET
    mfa: FieldsMfa | Unset = UNSET
    passkey: FieldsPasskey | Unset = UNSET
    session: FieldsSession | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("avatar", self.avatar),
                ("profile", self.profile),
                ("email", self.email),
                ("phone", self.phone),
                ("password", MASKED if self.password else self.password),
                ("username", self.username),
                ("social", self.social),
                ("custom_data", self.custom_data),
                ("mfa", self.mfa),
                ("passkey", self.passkey),
                ("session", self.session),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        avatar: str | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar

        profile: str | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile

        email: str | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email

        phone: str | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone

        password: str | Unset = UNSET
        if not isinstance(self.password, Unset):
            password = self.password

        username: str | Unset = UNSET
        if not isinstance(self.username, Unset):
            username = self.username

        social: str | Unset = UNSET
        if not isinstance(self.social, Unset):
            social = self.social

        custom_data: str | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data

        mfa: str | Unset = UNSET
        if not isinstance(self.mfa, Unset):
            mfa = self.mfa

        passkey: str | Unset = UNSET
        if not isinstance(self.passkey, Unset):
            passkey = self.passkey

        session: str | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if profile is not UNSET:
            field_dict["profile"] = profile
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if password is not UNSET:
            field_dict["password"] = password
        if username is not UNSET:
            field_dict["username"] = username
        if social is not UNSET:
            field_dict["social"] = social
        if custom_data is not UNSET:
            field_dict["customData"] = custom_data
        if mfa is not UNSET:
            field_dict["mfa"] = mfa
        if passkey is not UNSET:
            field_dict["passkey"] = passkey
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                name = UNSET
                avatar = UNSET
                profile = UNSET
                email = UNSET
                phone = UNSET
                password = UNSET
                username = UNSET
                social = UNSET
                custom_data = UNSET
                mfa = UNSET
                passkey = UNSET
                session = UNSET
            else:
                _name = d.get("name", UNSET)
                name: FieldsName | Unset
                if isinstance(_name, Unset):
                    name = UNSET
                else:
                    name = check_fields_name(_name)

                _avatar = d.get("avatar", UNSET)
                avatar: FieldsAvatar | Unset
                if isinstance(_avatar, Unset):
                    avatar = UNSET
                else:
                    avatar = check_fields_avatar(_avatar)

                _profile = d.get("profile", UNSET)
                profile: FieldsProfile | Unset
                if isinstance(_profile, Unset):
                    profile = UNSET
                else:
                    profile = check_fields_profile(_profile)

                _email = d.get("email", UNSET)
                email: FieldsEmail | Unset
                if isinstance(_email, Unset):
                    email = UNSET
                else:
                    email = check_fields_email(_email)

                _phone = d.get("phone", UNSET)
                phone: FieldsPhone | Unset
                if isinstance(_phone, Unset):
                    phone = UNSET
                else:
                    phone = check_fields_phone(_phone)

                _password = d.get("password", UNSET)
                password: FieldsPassword | Unset
                if isinstance(_password, Unset):
                    password = UNSET
                else:
                    password = check_fields_password(_password)

                _username = d.get("username", UNSET)
                username: FieldsUsername | Unset
                if isinstance(_username, Unset):
                    username = UNSET
                else:
                    username = check_fields_username(_username)

                _social = d.get("social", UNSET)
                social: FieldsSocial | Unset
                if isinstance(_social, Unset):
                    social = UNSET
                else:
                    social = check_fields_social(_social)

                _custom_data = d.get("customData", UNSET)
                custom_data: FieldsCustomData | Unset
                if isinstance(_custom_data, Unset):
                    custom_data = UNSET
                else:
                    custom_data = check_fields_custom_data(_custom_data)

                _mfa = d.get("mfa", UNSET)
                mfa: FieldsMfa | Unset
                if isinstance(_mfa, Unset):
                    mfa = UNSET
                else:
                    mfa = check_fields_mfa(_mfa)

                _passkey = d.get("passkey", UNSET)
                passkey: FieldsPasskey | Unset
                if isinstance(_passkey, Unset):
                    passkey = UNSET
                else:
                    passkey = check_fields_passkey(_passkey)

                _session = d.get("session", UNSET)
                session: FieldsSession | Unset
                if isinstance(_session, Unset):
                    session = UNSET
                else:
                    session = check_fields_session(_session)

            _instance = cls.__new__(cls)
            _instance.name = name
            _instance.avatar = avatar
            _instance.profile = profile
            _instance.email = email
            _instance.phone = phone
            _instance.password = password
            _instance.username = username
            _instance.social = social
            _instance.custom_data = custom_data
            _instance.mfa = mfa
            _instance.passkey = passkey
            _instance.session = session
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
    "name": "name",
    "avatar": "avatar",
    "profile": "profile",
    "email": "email",
    "phone": "phone",
    "password": "password",
    "username": "username",
    "social": "social",
    "customData": "custom_data",
    "mfa": "mfa",
    "passkey": "passkey",
    "session": "session",
}
_JSON_NAMES = frozenset(
    (
        "name",
        "avatar",
        "profile",
        "email",
        "phone",
        "password",
        "username",
        "social",
        "customData",
        "mfa",
        "passkey",
        "session",
    )
)
