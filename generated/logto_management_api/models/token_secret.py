from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_secret_type import TokenSecretType, check_token_secret_type
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.token_secret_metadata import TokenSecretMetadata


T = TypeVar("T", bound="TokenSecret")


@_attrs_define
class TokenSecret:
    tenant_id: str
    id: str
    user_id: str
    type_: TokenSecretType
    metadata: TokenSecretMetadata
    created_at: float
    """ Epoch milliseconds. """
    updated_at: float
    """ Epoch milliseconds. """
    connector_id: str
    identity_id: str
    target: str
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
                ("connector_id", self.connector_id),
                ("identity_id", self.identity_id),
                ("target", self.target),
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

        connector_id = self.connector_id

        identity_id = self.identity_id

        target = self.target

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
                "connectorId": connector_id,
                "identityId": identity_id,
                "target": target,
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

            type_ = check_token_secret_type(d["type"])

            metadata = TokenSecretMetadata.from_dict(d["metadata"])

            created_at = d["createdAt"]

            updated_at = d["updatedAt"]

            connector_id = d["connectorId"]

            identity_id = d["identityId"]

            target = d["target"]

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.user_id = user_id
            _instance.type_ = type_
            _instance.metadata = metadata
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.connector_id = connector_id
            _instance.identity_id = identity_id
            _instance.target = target
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
    "connectorId": "connector_id",
    "identityId": "identity_id",
    "target": "target",
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
        "connectorId",
        "identityId",
        "target",
    )
)


from ..models.token_secret_metadata import TokenSecretMetadata  # noqa: E402
