from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.sso_connector_branding import SsoConnectorBranding


T = TypeVar("T", bound="CreateSsoConnectorBody")


@_attrs_define
class CreateSsoConnectorBody:
    provider_name: str
    connector_name: str
    config: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    domains: list[str] | Unset = UNSET
    branding: SsoConnectorBranding | Unset = UNSET
    sync_profile: bool | Unset = UNSET
    enable_token_storage: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("provider_name", self.provider_name),
                ("connector_name", self.connector_name),
                ("config", MASKED if self.config else self.config),
                ("domains", self.domains),
                ("branding", self.branding),
                ("sync_profile", self.sync_profile),
                ("enable_token_storage", self.enable_token_storage),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        provider_name = self.provider_name

        connector_name = self.connector_name

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = dict(self.config)

        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        branding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branding, Unset):
            branding = self.branding.to_dict()

        sync_profile = self.sync_profile

        enable_token_storage = self.enable_token_storage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerName": provider_name,
                "connectorName": connector_name,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if domains is not UNSET:
            field_dict["domains"] = domains
        if branding is not UNSET:
            field_dict["branding"] = branding
        if sync_profile is not UNSET:
            field_dict["syncProfile"] = sync_profile
        if enable_token_storage is not UNSET:
            field_dict["enableTokenStorage"] = enable_token_storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            provider_name = d["providerName"]

            connector_name = d["connectorName"]

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                config = UNSET
                domains = UNSET
                branding = UNSET
                sync_profile = UNSET
                enable_token_storage = UNSET
            else:
                _config = d.get("config", UNSET)
                config: JsonObject | Unset
                if isinstance(_config, Unset):
                    config = UNSET
                else:
                    config = dict(_config)

                domains: list[str] | Unset = d.get("domains", UNSET)

                _branding = d.get("branding", UNSET)
                branding: SsoConnectorBranding | Unset
                if isinstance(_branding, Unset):
                    branding = UNSET
                else:
                    branding = SsoConnectorBranding.from_dict(_branding)

                sync_profile = d.get("syncProfile", UNSET)

                enable_token_storage = d.get("enableTokenStorage", UNSET)

            _instance = cls.__new__(cls)
            _instance.provider_name = provider_name
            _instance.connector_name = connector_name
            _instance.config = config
            _instance.domains = domains
            _instance.branding = branding
            _instance.sync_profile = sync_profile
            _instance.enable_token_storage = enable_token_storage
            if len(d) == 2 or d.keys() <= _JSON_NAMES:
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
    "connectorName": "connector_name",
    "config": "config",
    "domains": "domains",
    "branding": "branding",
    "syncProfile": "sync_profile",
    "enableTokenStorage": "enable_token_storage",
}
_JSON_NAMES = frozenset(
    (
        "providerName",
        "connectorName",
        "config",
        "domains",
        "branding",
        "syncProfile",
        "enableTokenStorage",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
from ..models.sso_connector_branding import SsoConnectorBranding  # noqa: E402
