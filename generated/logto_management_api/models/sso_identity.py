from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="SsoIdentity")


@_attrs_define
class SsoIdentity:
    """Older Logto releases omit updatedAt (≥ 1.32.0)."""

    tenant_id: str
    id: str
    user_id: str
    issuer: str
    identity_id: str
    detail: JsonObject
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    created_at: float
    """ Epoch milliseconds. """
    sso_connector_id: str
    updated_at: float | Unset = UNSET
    """ Epoch milliseconds. Sent by Logto 1.32.0 and later; older releases omit it (UNSET then). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("user_id", self.user_id),
                ("issuer", self.issuer),
                ("identity_id", self.identity_id),
                ("detail", self.detail),
                ("created_at", self.created_at),
                ("sso_connector_id", self.sso_connector_id),
                ("updated_at", self.updated_at),
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

        issuer = self.issuer

        identity_id = self.identity_id

        detail = dict(self.detail)

        created_at = self.created_at

        sso_connector_id = self.sso_connector_id

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "userId": user_id,
                "issuer": issuer,
                "identityId": identity_id,
                "detail": detail,
                "createdAt": created_at,
                "ssoConnectorId": sso_connector_id,
            }
        )
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            user_id = d["userId"]

            issuer = d["issuer"]

            identity_id = d["identityId"]

            detail = dict(d["detail"])

            created_at = d["createdAt"]

            sso_connector_id = d["ssoConnectorId"]

            if len(d) == 8:  # only the required keys: every optional one is UNSET
                updated_at = UNSET
            else:
                updated_at = d.get("updatedAt", UNSET)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.user_id = user_id
            _instance.issuer = issuer
            _instance.identity_id = identity_id
            _instance.detail = detail
            _instance.created_at = created_at
            _instance.sso_connector_id = sso_connector_id
            _instance.updated_at = updated_at
            if len(d) == 8 + ("updatedAt" in d):
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
    "issuer": "issuer",
    "identityId": "identity_id",
    "detail": "detail",
    "createdAt": "created_at",
    "ssoConnectorId": "sso_connector_id",
    "updatedAt": "updated_at",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "userId",
        "issuer",
        "identityId",
        "detail",
        "createdAt",
        "ssoConnectorId",
        "updatedAt",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
