from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_name import ProviderName, check_provider_name
from ..models.sso_connector_provider_type import (
    SsoConnectorProviderType,
    check_sso_connector_provider_type,
)
from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.sso_connector_branding import SsoConnectorBranding


T = TypeVar("T", bound="SsoConnector")


@_attrs_define
class SsoConnector:
    """Older Logto releases omit enableTokenStorage (≥ 1.32.0)."""

    tenant_id: str
    id: str
    provider_name: ProviderName
    connector_name: str
    config: JsonObject
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    domains: list[str]
    branding: SsoConnectorBranding
    sync_profile: bool
    created_at: float
    """ Epoch milliseconds. """
    name: str
    provider_type: SsoConnectorProviderType
    provider_logo: str
    provider_logo_dark: str
    enable_token_storage: bool | Unset = UNSET
    """ Sent by Logto 1.32.0 and later; older releases omit it (UNSET then). """
    provider_config: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("provider_name", self.provider_name),
                ("connector_name", self.connector_name),
                ("config", MASKED if self.config else self.config),
                ("domains", self.domains),
                ("branding", self.branding),
                ("sync_profile", self.sync_profile),
                ("created_at", self.created_at),
                ("name", self.name),
                ("provider_type", self.provider_type),
                ("provider_logo", self.provider_logo),
                ("provider_logo_dark", self.provider_logo_dark),
                ("enable_token_storage", self.enable_token_storage),
                ("provider_config", self.provider_config),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        id = self.id

        provider_name: str = self.provider_name

        connector_name = self.connector_name

        config = dict(self.config)

        domains = self.domains

        branding = self.branding.to_dict()

        sync_profile = self.sync_profile

        created_at = self.created_at

        name = self.name

        provider_type: str = self.provider_type

        provider_logo = self.provider_logo

        provider_logo_dark = self.provider_logo_dark

        enable_token_storage = self.enable_token_storage

        provider_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_config, Unset):
            provider_config = dict(self.provider_config)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "providerName": provider_name,
                "connectorName": connector_name,
                "config": config,
                "domains": domains,
                "branding": branding,
                "syncProfile": sync_profile,
                "createdAt": created_at,
                "name": name,
                "providerType": provider_type,
                "providerLogo": provider_logo,
                "providerLogoDark": provider_logo_dark,
            }
        )
        if enable_token_storage is not UNSET:
            field_dict["enableTokenStorage"] = enable_token_storage
        if provider_config is not UNSET:
            field_dict["providerConfig"] = provider_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            provider_name = check_provider_name(d["providerName"])

            connector_name = d["connectorName"]

            config = dict(d["config"])

            domains: list[str] = d["domains"]

            branding = SsoConnectorBranding.from_dict(d["branding"])

            sync_profile = d["syncProfile"]

            created_at = d["createdAt"]

            name = d["name"]

            provider_type = check_sso_connector_provider_type(d["providerType"])

            provider_logo = d["providerLogo"]

            provider_logo_dark = d["providerLogoDark"]

            if len(d) == 13:  # only the required keys: every optional one is UNSET
                enable_token_storage = UNSET
                provider_config = UNSET
            else:
                enable_token_storage = d.get("enableTokenStorage", UNSET)

                _provider_config = d.get("providerConfig", UNSET)
                provider_config: JsonObject | Unset
                if isinstance(_provider_config, Unset):
                    provider_config = UNSET
                else:
                    provider_config = dict(_provider_config)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.provider_name = provider_name
            _instance.connector_name = connector_name
            _instance.config = config
            _instance.domains = domains
            _instance.branding = branding
            _instance.sync_profile = sync_profile
            _instance.created_at = created_at
            _instance.name = name
            _instance.provider_type = provider_type
            _instance.provider_logo = provider_logo
            _instance.provider_logo_dark = provider_logo_dark
            _instance.enable_token_storage = enable_token_storage
            _instance.provider_config = provider_config
            if len(d) == 13 + ("enableTokenStorage" in d) + ("providerConfig" in d):
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
    "tenantId": "tenant_id",
    "id": "id",
    "providerName": "provider_name",
    "connectorName": "connector_name",
    "config": "config",
    "domains": "domains",
    "branding": "branding",
    "syncProfile": "sync_profile",
    "createdAt": "created_at",
    "name": "name",
    "providerType": "provider_type",
    "providerLogo": "provider_logo",
    "providerLogoDark": "provider_logo_dark",
    "enableTokenStorage": "enable_token_storage",
    "providerConfig": "provider_config",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "providerName",
        "connectorName",
        "config",
        "domains",
        "branding",
        "syncProfile",
        "createdAt",
        "name",
        "providerType",
        "providerLogo",
        "providerLogoDark",
        "enableTokenStorage",
        "providerConfig",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
from ..models.sso_connector_branding import SsoConnectorBranding  # noqa: E402
