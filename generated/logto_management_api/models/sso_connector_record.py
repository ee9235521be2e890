from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.sso_connector_branding import SsoConnectorBranding


T = TypeVar("T", bound="SsoConnectorRecord")


@_attrs_define
class SsoConnectorRecord:
    """Older Logto releases omit enableTokenStorage (≥ 1.32.0)."""

    tenant_id: str
    id: str
    provider_name: str
    connector_name: str
    config: JsonObject
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    domains: list[str]
    branding: SsoConnectorBranding
    sync_profile: bool
    created_at: float
    """ Epoch milliseconds. """
    enable_token_storage: bool | Unset = UNSET
    """ Sent by Logto 1.32.0 and later; older releases omit it (UNSET then). """
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
                ("enable_token_storage", self.enable_token_storage),
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

        provider_name = self.provider_name

        connector_name = self.connector_name

        config = dict(self.config)

        domains = self.domains

        branding = self.branding.to_dict()

        sync_profile = self.sync_profile

        created_at = self.created_at

        enable_token_storage = self.enable_token_storage

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
            }
        )
        if enable_token_storage is not UNSET:
            field_dict["enableTokenStorage"] = enable_token_storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            provider_name = d["providerName"]

            connector_name = d["connectorName"]

            config = dict(d["config"])

            domains: list[str] = d["domains"]

            branding = SsoConnectorBranding.from_dict(d["branding"])

            sync_profile = d["syncProfile"]

            created_at = d["createdAt"]

            if len(d) == 9:  # only the required keys: every optional one is UNSET
                enable_token_storage = UNSET
            else:
                enable_token_storage = d.get("enableTokenStorage", UNSET)

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
            _instance.enable_token_storage = enable_token_storage
            if len(d) == 9 + ("enableTokenStorage" in d):
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
    "enableTokenStorage": "enable_token_storage",
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
        "enableTokenStorage",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
from ..models.sso_connector_branding import SsoConnectorBranding  # noqa: E402
