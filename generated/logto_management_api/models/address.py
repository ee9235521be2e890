from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    formatted: str | Unset = UNSET
    street_address: str | Unset = UNSET
    locality: str | Unset = UNSET
    region: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("formatted", self.formatted),
                ("street_address", self.street_address),
                ("locality", self.locality),
                ("region", self.region),
                ("postal_code", self.postal_code),
                ("country", self.country),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        formatted = self.formatted

        street_address = self.street_address

        locality = self.locality

        region = self.region

        postal_code = self.postal_code

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if formatted is not UNSET:
            field_dict["formatted"] = formatted
        if street_address is not UNSET:
            field_dict["streetAddress"] = street_address
        if locality is not UNSET:
            field_dict["locality"] = locality
        if region is not UNSET:
            field_dict["region"] = region
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                formatted = UNSET
                street_address = UNSET
                locality = UNSET
                region = UNSET
                postal_code = UNSET
                country = UNSET
            else:
                formatted = d.get("formatted", UNSET)

                street_address = d.get("streetAddress", UNSET)

                locality = d.get("locality", UNSET)

                region = d.get("region", UNSET)

                postal_code = d.get("postalCode", UNSET)

                country = d.get("country", UNSET)

            _instance = cls.__new__(cls)
            _instance.formatted = formatted
            _instance.street_address = street_address
            _instance.locality = locality
            _instance.region = region
            _instance.postal_code = postal_code
            _instance.country = country
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
    "formatted": "formatted",
    "streetAddress": "street_address",
    "locality": "locality",
    "region": "region",
    "postalCode": "postal_code",
    "country": "country",
}
_JSON_NAMES = frozenset(
    (
        "formatted",
        "streetAddress",
        "locality",
        "region",
        "postalCode",
        "country",
    )
)
