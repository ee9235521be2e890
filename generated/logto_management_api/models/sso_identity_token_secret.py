from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sso_identity_token_secret_type import (
    SsoIdentityTokenSecretType,
    check_sso_identity_token_secret_type,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.token_secret_metadata import TokenSecretMetadata


T = TypeVar("T", bound="SsoIdentityTokenSecret")


@_attrs_define
class SsoIdentityTokenSecret:
    tenant_id: str
    id: str
    user_id: str
    type_: SsoIdentityTokenSecretType
    metadata: TokenSecretMetadata
    created_at: float
    """ Epoch milliseconds. """
    updated_at: float
    """ Epoch milliseconds. """
    sso_connector_id: str
    issuer: str
    identity_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("user_id", self.user_id),
                ("type_", self.type_),
                ("metadata", self.metadata),
                ("created_at", self.created_at),
                ("updated_at", self.updated_at),
                ("sso_connector_id", self.sso_connector_id),
                ("issuer", self.issuer),
                ("identity_id", self.identity_id),
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

        user_id = self.user_id

        type_: str = self.type_

        metadata = self.metadata.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        sso_connector_id = self.sso_connector_id

        issuer = self.issuer

        identity_id = self.identity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "userId": user_id,
                "type": type_,
                "metadata": metadata,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "ssoConnectorId": sso_connector_id,
                "issuer": issuer,
                "identityId": identity_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            user_id = d["userId"]

            type_ = check_sso_identity_token_secret_type(d["type"])

            metadata = TokenSecretMetadata.from_dict(d["metadata"])

            created_at = d["createdAt"]

            updated_at = d["updatedAt"]

            sso_connector_id = d["ssoConnectorId"]

            issuer = d["issuer"]

            identity_id = d["identityId"]

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.user_id = user_id
            _instance.type_ = type_
            _instance.metadata = metadata
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.sso_connector_id = sso_connector_id
            _instance.issuer = issuer
            _instance.identity_id = identity_id
            if len(d) == 10:
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
    "userId": "user_id",
    "type": "type_",
    "metadata": "metadata",
    "createdAt": "created_at",
    "updatedAt": "updated_at",
    "ssoConnectorId": "sso_connector_id",
    "issuer": "issuer",
    "identityId": "identity_id",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "userId",
        "type",
        "metadata",
        "createdAt",
        "updatedAt",
        "ssoConnectorId",
        "issuer",
        "identityId",
    )
)


from ..models.token_secret_metadata import TokenSecretMetadata  # noqa: E402
