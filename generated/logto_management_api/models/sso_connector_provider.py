from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_name import ProviderName, check_provider_name
from ..models.sso_connector_provider_provider_type import (
    SsoConnectorProviderProviderType,
    check_sso_connector_provider_provider_type,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="SsoConnectorProvider")


@_attrs_define
class SsoConnectorProvider:
    provider_name: ProviderName
    provider_type: SsoConnectorProviderProviderType
    logo: str
    logo_dark: str
    description: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("provider_name", self.provider_name),
                ("provider_type", self.provider_type),
                ("logo", self.logo),
                ("logo_dark", self.logo_dark),
                ("description", self.description),
                ("name", self.name),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        provider_name: str = self.provider_name

        provider_type: str = self.provider_type

        logo = self.logo

        logo_dark = self.logo_dark

        description = self.description

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerName": provider_name,
                "providerType": provider_type,
                "logo": logo,
                "logoDark": logo_dark,
                "description": description,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            provider_name = check_provider_name(d["providerName"])

            provider_type = check_sso_connector_provider_provider_type(d["providerType"])

            logo = d["logo"]

            logo_dark = d["logoDark"]

            description = d["description"]

            name = d["name"]

            _instance = cls.__new__(cls)
            _instance.provider_name = provider_name
            _instance.provider_type = provider_type
            _instance.logo = logo
            _instance.logo_dark = logo_dark
            _instance.description = description
            _instance.name = name
            if len(d) == 6:
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
    "providerName": "provider_name",
    "providerType": "provider_type",
    "logo": "logo",
    "logoDark": "logo_dark",
    "description": "description",
    "name": "name",
}
_JSON_NAMES = frozenset(
    (
        "providerName",
        "providerType",
        "logo",
        "logoDark",
        "description",
        "name",
    )
)
