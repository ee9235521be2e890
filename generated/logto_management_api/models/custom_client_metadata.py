from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="CustomClientMetadata")


@_attrs_define
class CustomClientMetadata:
    cors_allowed_origins: list[str] | Unset = UNSET
    id_token_ttl: float | Unset = UNSET
    refresh_token_ttl: float | Unset = UNSET
    refresh_token_ttl_in_days: float | Unset = UNSET
    tenant_id: str | Unset = UNSET
    always_issue_refresh_token: bool | Unset = UNSET
    rotate_refresh_token: bool | Unset = UNSET
    allow_token_exchange: bool | Unset = UNSET
    is_device_flow: bool | Unset = UNSET
    max_allowed_grants: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("cors_allowed_origins", self.cors_allowed_origins),
                ("id_token_ttl", self.id_token_ttl),
                ("refresh_token_ttl", self.refresh_token_ttl),
                ("refresh_token_ttl_in_days", self.refresh_token_ttl_in_days),
                ("tenant_id", self.tenant_id),
                ("always_issue_refresh_token", self.always_issue_refresh_token),
                ("rotate_refresh_token", self.rotate_refresh_token),
                ("allow_token_exchange", self.allow_token_exchange),
                ("is_device_flow", self.is_device_flow),
                ("max_allowed_grants", self.max_allowed_grants),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        cors_allowed_origins: list[str] | Unset = UNSET
        if not isinstance(self.cors_allowed_origins, Unset):
            cors_allowed_origins = self.cors_allowed_origins

        id_token_ttl = self.id_token_ttl

        refresh_token_ttl = self.refresh_token_ttl

        refresh_token_ttl_in_days = self.refresh_token_ttl_in_days

        tenant_id = self.tenant_id

        always_issue_refresh_token = self.always_issue_refresh_token

        rotate_refresh_token = self.rotate_refresh_token

        allow_token_exchange = self.allow_token_exchange

        is_device_flow = self.is_device_flow

        max_allowed_grants = self.max_allowed_grants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cors_allowed_origins is not UNSET:
            field_dict["corsAllowedOrigins"] = cors_allowed_origins
        if id_token_ttl is not UNSET:
            field_dict["idTokenTtl"] = id_token_ttl
        if refresh_token_ttl is not UNSET:
            field_dict["refreshTokenTtl"] = refresh_token_ttl
        if refresh_token_ttl_in_days is not UNSET:
            field_dict["refreshTokenTtlInDays"] = refresh_token_ttl_in_days
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if always_issue_refresh_token is not UNSET:
            field_dict["alwaysIssueRefreshToken"] = always_issue_refresh_token
        if rotate_refresh_token is not UNSET:
            field_dict["rotateRefreshToken"] = rotate_refresh_token
        if allow_token_exchange is not UNSET:
            field_dict["allowTokenExchange"] = allow_token_exchange
        if is_device_flow is not UNSET:
            field_dict["isDeviceFlow"] = is_device_flow
        if max_allowed_grants is not UNSET:
            field_dict["maxAllowedGrants"] = max_allowed_grants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                cors_allowed_origins = UNSET
                id_token_ttl = UNSET
                refresh_token_ttl = UNSET
                refresh_token_ttl_in_days = UNSET
                tenant_id = UNSET
                always_issue_refresh_token = UNSET
                rotate_refresh_token = UNSET
                allow_token_exchange = UNSET
                is_device_flow = UNSET
                max_allowed_grants = UNSET
            else:
                cors_allowed_origins: list[str] | Unset = d.get("corsAllowedOrigins", UNSET)

                id_token_ttl = d.get("idTokenTtl", UNSET)

                refresh_token_ttl = d.get("refreshTokenTtl", UNSET)

                refresh_token_ttl_in_days = d.get("refreshTokenTtlInDays", UNSET)

                tenant_id = d.get("tenantId", UNSET)

                always_issue_refresh_token = d.get("alwaysIssueRefreshToken", UNSET)

                rotate_refresh_token = d.get("rotateRefreshToken", UNSET)

                allow_token_exchange = d.get("allowTokenExchange", UNSET)

                is_device_flow = d.get("isDeviceFlow", UNSET)

                max_allowed_grants = d.get("maxAllowedGrants", UNSET)

            _instance = cls.__new__(cls)
            _instance.cors_allowed_origins = cors_allowed_origins
            _instance.id_token_ttl = id_token_ttl
            _instance.refresh_token_ttl = refresh_token_ttl
            _instance.refresh_token_ttl_in_days = refresh_token_ttl_in_days
            _instance.tenant_id = tenant_id
            _instance.always_issue_refresh_token = always_issue_refresh_token
            _instance.rotate_refresh_token = rotate_refresh_token
            _instance.allow_token_exchange = allow_token_exchange
            _instance.is_device_flow = is_device_flow
            _instance.max_allowed_grants = max_allowed_grants
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
    "corsAllowedOrigins": "cors_allowed_origins",
    "idTokenTtl": "id_token_ttl",
    "refreshTokenTtl": "refresh_token_ttl",
    "refreshTokenTtlInDays": "refresh_token_ttl_in_days",
    "tenantId": "tenant_id",
    "alwaysIssueRefreshToken": "always_issue_refresh_token",
    "rotateRefreshToken": "rotate_refresh_token",
    "allowTokenExchange": "allow_token_exchange",
    "isDeviceFlow": "is_device_flow",
    "maxAllowedGrants": "max_allowed_grants",
}
_JSON_NAMES = frozenset(
    (
        "corsAllowedOrigins",
        "idTokenTtl",
        "refreshTokenTtl",
        "refreshTokenTtlInDays",
        "tenantId",
        "alwaysIssueRefreshToken",
        "rotateRefreshToken",
        "allowTokenExchange",
        "isDeviceFlow",
        "maxAllowedGrants",
    )
)
