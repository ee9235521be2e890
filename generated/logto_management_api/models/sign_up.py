from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sign_up_identifiers_item import (
    SignUpIdentifiersItem,
    check_sign_up_identifiers_item,
)
from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.secondary_identifier import SecondaryIdentifier


T = TypeVar("T", bound="SignUp")


@_attrs_define
class SignUp:
    identifiers: list[SignUpIdentifiersItem]
    password: bool
    verify: bool
    secondary_identifiers: list[SecondaryIdentifier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("identifiers", self.identifiers),
                ("password", MASKED if self.password else self.password),
                ("verify", self.verify),
                ("secondary_identifiers", self.secondary_identifiers),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        identifiers = []
        for identifiers_item_data in self.identifiers:
            identifiers_item: str = identifiers_item_data
            identifiers.append(identifiers_item)

        password = self.password

        verify = self.verify

        secondary_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secondary_identifiers, Unset):
            secondary_identifiers = []
            for secondary_identifiers_item_data in self.secondary_identifiers:
                secondary_identifiers_item = secondary_identifiers_item_data.to_dict()
                secondary_identifiers.append(secondary_identifiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifiers": identifiers,
                "password": password,
                "verify": verify,
            }
        )
        if secondary_identifiers is not UNSET:
            field_dict["secondaryIdentifiers"] = secondary_identifiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            identifiers = []
            _identifiers = d["identifiers"]
            for identifiers_item_data in _identifiers:
                identifiers_item = check_sign_up_identifiers_item(identifiers_item_data)

                identifiers.append(identifiers_item)

            password = d["password"]

            verify = d["verify"]

            if len(d) == 3:  # only the required keys: every optional one is UNSET
                secondary_identifiers = UNSET
            else:
                _secondary_identifiers = d.get("secondaryIdentifiers", UNSET)
                secondary_identifiers: list[SecondaryIdentifier] | Unset = UNSET
                if _secondary_identifiers is not UNSET:
                    secondary_identifiers = []
                    for secondary_identifiers_item_data in _secondary_identifiers:
                        secondary_identifiers_item = SecondaryIdentifier.from_dict(
                            secondary_identifiers_item_data
                        )

                        secondary_identifiers.append(secondary_identifiers_item)

            _instance = cls.__new__(cls)
            _instance.identifiers = identifiers
            _instance.password = password
            _instance.verify = verify
            _instance.secondary_identifiers = secondary_identifiers
            if len(d) == 3 + ("secondaryIdentifiers" in d):
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
    "identifiers": "identifiers",
    "password": "password",
    "verify": "verify",
    "secondaryIdentifiers": "secondary_identifiers",
}
_JSON_NAMES = frozenset(
    (
        "identifiers",
        "password",
        "verify",
        "secondaryIdentifiers",
    )
)


from ..models.secondary_identifier import SecondaryIdentifier  # noqa: E402
