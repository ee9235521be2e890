from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.oidc_key_signing_key_algorithm import (
    OidcKeySigningKeyAlgorithm,
    check_oidc_key_signing_key_algorithm,
)
from ..models.oidc_key_status import OidcKeyStatus, check_oidc_key_status
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="OidcKey")


@_attrs_define
class OidcKey:
    id: str
    created_at: float
    """ Epoch milliseconds. """
    signing_key_algorithm: OidcKeySigningKeyAlgorithm | Unset = UNSET
    status: OidcKeyStatus | Unset = UNSET
    effective_at: float | Unset = UNSET
    """ Epoch milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("created_at", self.created_at),
                ("signing_key_algorithm", self.signing_key_algorithm),
                ("status", self.status),
                ("effective_at", self.effective_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        signing_key_algorithm: str | Unset = UNSET
        if not isinstance(self.signing_key_algorithm, Unset):
            signing_key_algorithm = self.signing_key_algorithm

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        effective_at = self.effective_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
            }
        )
        if signing_key_algorithm is not UNSET:
            field_dict["signingKeyAlgorithm"] = signing_key_algorithm
        if status is not UNSET:
            field_dict["status"] = status
        if effective_at is not UNSET:
            field_dict["effectiveAt"] = effective_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            created_at = d["createdAt"]

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                signing_key_algorithm = UNSET
                status = UNSET
                effective_at = UNSET
            else:
                _signing_key_algorithm = d.get("signingKeyAlgorithm", UNSET)
                signing_key_algorithm: OidcKeySigningKeyAlgorithm | Unset
                if isinstance(_signing_key_algorithm, Unset):
                    signing_key_algorithm = UNSET
                else:
                    signing_key_algorithm = check_oidc_key_signing_key_algorithm(
                        _signing_key_algorithm
                    )

                _status = d.get("status", UNSET)
                status: OidcKeyStatus | Unset
                if isinstance(_status, Unset):
                    status = UNSET
                else:
                    status = check_oidc_key_status(_status)

                effective_at = d.get("effectiveAt", UNSET)

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.created_at = created_at
            _instance.signing_key_algorithm = signing_key_algorithm
            _instance.status = status
            _instance.effective_at = effective_at
            if len(d) == 2 or d.keys() <= _JSON_NAMES:
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
    "createdAt": "created_at",
    "signingKeyAlgorithm": "signing_key_algorithm",
    "status": "status",
    "effectiveAt": "effective_at",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "createdAt",
        "signingKeyAlgorithm",
        "status",
        "effectiveAt",
    )
)
