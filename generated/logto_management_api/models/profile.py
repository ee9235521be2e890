from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    family_name: str | Unset = UNSET
    given_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    nickname: str | Unset = UNSET
    preferred_username: str | Unset = UNSET
    profile: str | Unset = UNSET
    website: str | Unset = UNSET
    gender: str | Unset = UNSET
    birthdate: str | Unset = UNSET
    zoneinfo: str | Unset = UNSET
    locale: str | Unset = UNSET
    address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("family_name", self.family_name),
                ("given_name", self.given_name),
                ("middle_name", self.middle_name),
                ("nickname", self.nickname),
                ("preferred_username", self.preferred_username),
                ("profile", self.profile),
                ("website", self.website),
                ("gender", self.gender),
                ("birthdate", self.birthdate),
                ("zoneinfo", self.zoneinfo),
                ("locale", self.locale),
                ("address", self.address),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        family_name = self.family_name

        given_name = self.given_name

        middle_name = self.middle_name

        nickname = self.nickname

        preferred_username = self.preferred_username

        profile = self.profile

        website = self.website

        gender = self.gender

        birthdate = self.birthdate

        zoneinfo = self.zoneinfo

        locale = self.locale

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if preferred_username is not UNSET:
            field_dict["preferredUsername"] = preferred_username
        if profile is not UNSET:
            field_dict["profile"] = profile
        if website is not UNSET:
            field_dict["website"] = website
        if gender is not UNSET:
            field_dict["gender"] = gender
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if zoneinfo is not UNSET:
            field_dict["zoneinfo"] = zoneinfo
        if locale is not UNSET:
            field_dict["locale"] = locale
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                family_name = UNSET
                given_name = UNSET
                middle_name = UNSET
                nickname = UNSET
                preferred_username = UNSET
                profile = UNSET
                website = UNSET
                gender = UNSET
                birthdate = UNSET
                zoneinfo = UNSET
                locale = UNSET
                address = UNSET
            else:
                family_name = d.get("familyName", UNSET)

                given_name = d.get("givenName", UNSET)

                middle_name = d.get("middleName", UNSET)

                nickname = d.get("nickname", UNSET)

                preferred_username = d.get("preferredUsername", UNSET)

                profile = d.get("profile", UNSET)

                website = d.get("website", UNSET)

                gender = d.get("gender", UNSET)

                birthdate = d.get("birthdate", UNSET)

                zoneinfo = d.get("zoneinfo", UNSET)

                locale = d.get("locale", UNSET)

                _address = d.get("address", UNSET)
                address: Address | Unset
                if isinstance(_address, Unset):
                    address = UNSET
                else:
                    address = Address.from_dict(_address)

            _instance = cls.__new__(cls)
            _instance.family_name = family_name
            _instance.given_name = given_name
            _instance.middle_name = middle_name
            _instance.nickname = nickname
            _instance.preferred_username = preferred_username
            _instance.profile = profile
            _instance.website = website
            _instance.gender = gender
            _instance.birthdate = birthdate
            _instance.zoneinfo = zoneinfo
            _instance.locale = locale
            _instance.address = address
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
    "familyName": "family_name",
    "givenName": "given_name",
    "middleName": "middle_name",
    "nickname": "nickname",
    "preferredUsername": "preferred_username",
    "profile": "profile",
    "website": "website",
    "gender": "gender",
    "birthdate": "birthdate",
    "zoneinfo": "zoneinfo",
    "locale": "locale",
    "address": "address",
}
_JSON_NAMES = frozenset(
    (
        "familyName",
        "givenName",
        "middleName",
        "nickname",
        "preferredUsername",
        "profile",
        "website",
        "gender",
        "birthdate",
        "zoneinfo",
        "locale",
        "address",
    )
)


from ..models.address import Address  # noqa: E402
