from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fingerprints import Fingerprints


T = TypeVar("T", bound="SsoConnectorSigningKey")


@_attrs_define
class SsoConnectorSigningKey:
    id: str
    certificate: str
    created_at: float
    expires_at: float
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
        d = dict(src_dict)
        id = d.pop("id")

        certificate = d.pop("certificate")

        created_at = d.pop("createdAt")

        expires_at = d.pop("expiresAt")

        active = d.pop("active")

        fingerprints = Fingerprints.from_dict(d.pop("fingerprints"))

        sso_connector_signing_key = cls(
            id=id,
            certificate=certificate,
            created_at=created_at,
            expires_at=expires_at,
            active=active,
            fingerprints=fingerprints,
        )

        sso_connector_signing_key.additional_properties = d
        return sso_connector_signing_key

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


from ..models.fingerprints import Fingerprints  # noqa: E402
