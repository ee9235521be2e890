from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="AttributeMapping")


@_attrs_define
class AttributeMapping:
    sub: str | Unset = UNSET
    name: str | Unset = UNSET
    given_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    nickname: str | Unset = UNSET
    preferred_username: str | Unset = UNSET
    profile: str | Unset = UNSET
    picture: str | Unset = UNSET
    website: str | Unset = UNSET
    email: str | Unset = UNSET
    email_verified: str | Unset = UNSET
    gender: str | Unset = UNSET
    birthdate: str | Unset = UNSET
    zoneinfo: str | Unset = UNSET
    locale: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_number_verified: str | Unset = UNSET
    address: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    username: str | Unset = UNSET
    created_at: str | Unset = UNSET
    custom_data: str | Unset = UNSET
    identities: str | Unset = UNSET
    sso_identities: str | Unset = UNSET
    roles: str | Unset = UNSET
    organizations: str | Unset = UNSET
    organization_data: str | Unset = UNSET
    organization_roles: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("sub", self.sub),
                ("name", self.name),
                ("given_name", self.given_name),
                ("family_name", self.family_name),
                ("middle_name", self.middle_name),
                ("nickname", self.nickname),
                ("preferred_username", self.preferred_username),
                ("profile", self.profile),
                ("picture", self.picture),
                ("website", self.website),
                ("email", self.email),
                ("email_verified", self.email_verified),
                ("gender", self.gender),
                ("birthdate", self.birthdate),
                ("zoneinfo", self.zoneinfo),
                ("locale", self.locale),
                ("phone_number", self.phone_number),
                ("phone_number_verified", self.phone_number_verified),
                ("address", self.address),
                ("updated_at", self.updated_at),
                ("username", self.username),
                ("created_at", self.created_at),
                ("custom_data", self.custom_data),
                ("identities", self.identities),
                ("sso_identities", self.sso_identities),
                ("roles", self.roles),
                ("organizations", self.organizations),
                ("organization_data", self.organization_data),
                ("organization_roles", self.organization_roles),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        sub = self.sub

        name = self.name

        given_name = self.given_name

        family_name = self.family_name

        middle_name = self.middle_name

        nickname = self.nickname

        preferred_username = self.preferred_username

        profile = self.profile

        picture = self.picture

        website = self.website

        email = self.email

        email_verified = self.email_verified

        gender = self.gender

        birthdate = self.birthdate

        zoneinfo = self.zoneinfo

        locale = self.locale

        phone_number = self.phone_number

        phone_number_verified = self.phone_number_verified

        address = self.address

        updated_at = self.updated_at

        username = self.username

        created_at = self.created_at

        custom_data = self.custom_data

        identities = self.identities

        sso_identities = self.sso_identities

        roles = self.roles

        organizations = self.organizations

        organization_data = self.organization_data

        organization_roles = self.organization_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub is not UNSET:
            field_dict["sub"] = sub
        if name is not UNSET:
            field_dict["name"] = name
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if preferred_username is not UNSET:
            field_dict["preferred_username"] = preferred_username
        if profile is not UNSET:
            field_dict["profile"] = profile
        if picture is not UNSET:
            field_dict["picture"] = picture
        if website is not UNSET:
            field_dict["website"] = website
        if email is not UNSET:
            field_dict["email"] = email
        if email_verified is not UNSET:
            field_dict["email_verified"] = email_verified
        if gender is not UNSET:
            field_dict["gender"] = gender
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if zoneinfo is not UNSET:
            field_dict["zoneinfo"] = zoneinfo
        if locale is not UNSET:
            field_dict["locale"] = locale
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if phone_number_verified is not UNSET:
            field_dict["phone_number_verified"] = phone_number_verified
        if address is not UNSET:
            field_dict["address"] = address
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if username is not UNSET:
            field_dict["username"] = username
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if identities is not UNSET:
            field_dict["identities"] = identities
        if sso_identities is not UNSET:
            field_dict["sso_identities"] = sso_identities
        if roles is not UNSET:
            field_dict["roles"] = roles
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if organization_data is not UNSET:
            field_dict["organization_data"] = organization_data
        if organization_roles is not UNSET:
            field_dict["organization_roles"] = organization_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                sub = UNSET
                name = UNSET
                given_name = UNSET
                family_name = UNSET
                middle_name = UNSET
                nickname = UNSET
                preferred_username = UNSET
                profile = UNSET
                picture = UNSET
                website = UNSET
                email = UNSET
                email_verified = UNSET
                gender = UNSET
                birthdate = UNSET
                zoneinfo = UNSET
                locale = UNSET
                phone_number = UNSET
                phone_number_verified = UNSET
                address = UNSET
                updated_at = UNSET
                username = UNSET
                created_at = UNSET
                custom_data = UNSET
                identities = UNSET
                sso_identities = UNSET
                roles = UNSET
                organizations = UNSET
                organization_data = UNSET
                organization_roles = UNSET
            else:
                sub = d.get("sub", UNSET)

                name = d.get("name", UNSET)

                given_name = d.get("given_name", UNSET)

                family_name = d.get("family_name", UNSET)

                middle_name = d.get("middle_name", UNSET)

                nickname = d.get("nickname", UNSET)

                preferred_username = d.get("preferred_username", UNSET)

                profile = d.get("profile", UNSET)

                picture = d.get("picture", UNSET)

                website = d.get("website", UNSET)

                email = d.get("email", UNSET)

                email_verified = d.get("email_verified", UNSET)

                gender = d.get("gender", UNSET)

                birthdate = d.get("birthdate", UNSET)

                zoneinfo = d.get("zoneinfo", UNSET)

                locale = d.get("locale", UNSET)

                phone_number = d.get("phone_number", UNSET)

                phone_number_verified = d.get("phone_number_verified", UNSET)

                address = d.get("address", UNSET)

                updated_at = d.get("updated_at", UNSET)

                username = d.get("username", UNSET)

                created_at = d.get("created_at", UNSET)

                custom_data = d.get("custom_data", UNSET)

                identities = d.get("identities", UNSET)

                sso_identities = d.get("sso_identities", UNSET)

                roles = d.get("roles", UNSET)

                organizations = d.get("organizations", UNSET)

                organization_data = d.get("organization_data", UNSET)

                organization_roles = d.get("organization_roles", UNSET)

            _instance = cls.__new__(cls)
            _instance.sub = sub
            _instance.name = name
            _instance.given_name = given_name
            _instance.family_name = family_name
            _instance.middle_name = middle_name
            _instance.nickname = nickname
            _instance.preferred_username = preferred_username
            _instance.profile = profile
            _instance.picture = picture
            _instance.website = website
            _instance.email = email
            _instance.email_verified = email_verified
            _instance.gender = gender
            _instance.birthdate = birthdate
            _instance.zoneinfo = zoneinfo
            _instance.locale = locale
            _instance.phone_number = phone_number
            _instance.phone_number_verified = phone_number_verified
            _instance.address = address
            _instance.updated_at = updated_at
            _instance.username = username
            _instance.created_at = created_at
            _instance.custom_data = custom_data
            _instance.identities = identities
            _instance.sso_identities = sso_identities
            _instance.roles = roles
            _instance.organizations = organizations
            _instance.organization_data = organization_data
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
    "sub": "sub",
    "name": "name",
    "given_name": "given_name",
    "family_name": "family_name",
    "middle_name": "middle_name",
    "nickname": "nickname",
    "preferred_username": "preferred_username",
    "profile": "profile",
    "picture": "picture",
    "website": "website",
    "email": "email",
    "email_verified": "email_verified",
    "gender": "gender",
    "birthdate": "birthdate",
    "zoneinfo": "zoneinfo",
    "locale": "locale",
    "phone_number": "phone_number",
    "phone_number_verified": "phone_number_verified",
    "address": "address",
    "updated_at": "updated_at",
    "username": "username",
    "created_at": "created_at",
    "custom_data": "custom_data",
    "identities": "identities",
    "sso_identities": "sso_identities",
    "roles": "roles",
    "organizations": "organizations",
    "organization_data": "organization_data",
    "organization_roles": "organization_roles",
}
_JSON_NAMES = frozenset(
    (
        "sub",
        "name",
        "given_name",
        "family_name",
        "middle_name",
        "nickname",
        "preferred_username",
        "profile",
        "picture",
        "website",
        "email",
        "email_verified",
        "gender",
        "birthdate",
        "zoneinfo",
        "locale",
        "phone_number",
        "phone_number_verified",
        "address",
        "updated_at",
        "username",
        "created_at",
        "custom_data",
        "identities",
        "sso_identities",
        "roles",
        "organizations",
        "organization_data",
        "organization_roles",
    )
)
