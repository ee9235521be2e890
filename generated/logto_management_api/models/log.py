from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.payload import Payload


T = TypeVar("T", bound="Log")


@_attrs_define
class Log:
    id: str
    key: str
    payload: Payload
    created_at: float
    """ Epoch milliseconds. """
    tenant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("key", self.key),
                ("payload", self.payload),
                ("created_at", self.created_at),
                ("tenant_id", self.tenant_id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        payload = self.payload.to_dict()

        created_at = self.created_at

        tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
                "payload": payload,
                "createdAt": created_at,
            }
        )
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            key = d["key"]

            payload = Payload.from_dict(d["payload"])

            created_at = d["createdAt"]

            if len(d) == 4:  # only the required keys: every optional one is UNSET
                tenant_id = UNSET
            else:
                tenant_id = d.get("tenantId", UNSET)

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.key = key
            _instance.payload = payload
            _instance.created_at = created_at
            _instance.tenant_id = tenant_id
            if len(d) == 4 + ("tenantId" in d):
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
    "id": "id",
    "key": "key",
    "payload": "payload",
    "createdAt": "created_at",
    "tenantId": "tenant_id",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "key",
        "payload",
        "createdAt",
        "tenantId",
    )
)


from ..models.payload import Payload  # noqa: E402
