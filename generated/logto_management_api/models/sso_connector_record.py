from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sso_connector_branding import SsoConnectorBranding
    from ..models.sso_connector_record_config import SsoConnectorRecordConfig


T = TypeVar("T", bound="SsoConnectorRecord")


@_attrs_define
class SsoConnectorRecord:
    tenant_id: str
    id: str
    provider_name: str
    connector_name: str
    config: SsoConnectorRecordConfig
    """ arbitrary """
    domains: list[str]
    branding: SsoConnectorBranding
    sync_profile: bool
    enable_token_storage: bool
    created_at: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("provider_name", self.provider_name),
                ("connector_name", self.connector_name),
                ("config", self.config),
                ("domains", self.domains),
                ("branding", self.branding),
                ("sync_profile", self.sync_profile),
                ("enable_token_storage", self.enable_token_storage),
                ("created_at", self.created_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        id = self.id

        provider_name = self.provider_name

        connector_name = self.connector_name

        config = self.config.to_dict()

        domains = self.domains

        branding = self.branding.to_dict()

        sync_profile = self.sync_profile

        enable_token_storage = self.enable_token_storage

        created_at = self.created_at

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
                "enableTokenStorage": enable_token_storage,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_id = d.pop("tenantId")

        id = d.pop("id")

        provider_name = d.pop("providerName")

        connector_name = d.pop("connectorName")

        config = SsoConnectorRecordConfig.from_dict(d.pop("config"))

        domains = cast(list[str], d.pop("domains"))

        branding = SsoConnectorBranding.from_dict(d.pop("branding"))

        sync_profile = d.pop("syncProfile")

        enable_token_storage = d.pop("enableTokenStorage")

        created_at = d.pop("createdAt")

        sso_connector_record = cls(
            tenant_id=tenant_id,
            id=id,
            provider_name=provider_name,
            connector_name=connector_name,
            config=config,
            domains=domains,
            branding=branding,
            sync_profile=sync_profile,
            enable_token_storage=enable_token_storage,
            created_at=created_at,
        )

        sso_connector_record.additional_properties = d
        return sso_connector_record

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


from ..models.sso_connector_branding import SsoConnectorBranding  # noqa: E402
from ..models.sso_connector_record_config import SsoConnectorRecordConfig  # noqa: E402
