from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.fingerprints import Fingerprints


T = TypeVar("T", bound="SsoConnectorSigningKey")


@_attrs_define
class SsoConnectorSigningKey:
    id: str
    certificate: str
    created_at: float
    """ Epoch milliseconds. """
    expires_at: float
    """ Epoch milliseconds. """
    active: bool
    fingerprints: Fingerprints
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("certificate", self.certificate),
                ("created_at", self.created_at),
                ("expires_at", self.expires_at),
                ("active", self.active),
                ("fingerprints", self.fingerprints),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        certificate = self.certificate

        created_at = self.created_at

        expires_at = self.expires_at

        active = self.active

        fingerprints = self.fingerprints.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "certificate": certificate,
                "createdAt": created_at,
                "expiresAt": expires_at,
                "active": active,
                "fingerprints": fingerprints,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            certificate = d["certificate"]

            created_at = d["createdAt"]

            expires_at = d["expiresAt"]

            active = d["active"]

            fingerprints = Fingerprints.from_dict(d["fingerprints"])

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.certificate = certificate
            _instance.created_at = created_at
            _instance.expires_at = expires_at
            _instance.active = active
            _instance.fingerprints = fingerprints
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
    "id": "id",
    "certificate": "certificate",
    "createdAt": "created_at",
    "expiresAt": "expires_at",
    "active": "active",
    "fingerprints": "fingerprints",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "certificate",
        "createdAt",
        "expiresAt",
        "active",
        "fingerprints",
    )
)


from ..models.fingerprints import Fingerprints  # noqa: E402
