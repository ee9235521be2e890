from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rotate_oidc_keys_body_signing_key_algorithm import (
    RotateOidcKeysBodySigningKeyAlgorithm,
    check_rotate_oidc_keys_body_signing_key_algorithm,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="RotateOidcKeysBody")


@_attrs_define
class RotateOidcKeysBody:
    signing_key_algorithm: RotateOidcKeysBodySigningKeyAlgorithm | Unset = UNSET
    """ The signing key algorithm the new generated private key is using.

    Only applicable when `keyType` is `private-keys`. """
    rotation_grace_period: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("signing_key_algorithm", self.signing_key_algorithm),
                ("rotation_grace_period", self.rotation_grace_period),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        signing_key_algorithm: str | Unset = UNSET
        if not isinstance(self.signing_key_algorithm, Unset):
            signing_key_algorithm = self.signing_key_algorithm

        rotation_grace_period = self.rotation_grace_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signing_key_algorithm is not UNSET:
            field_dict["signingKeyAlgorithm"] = signing_key_algorithm
        if rotation_grace_period is not UNSET:
            field_dict["rotationGracePeriod"] = rotation_grace_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                signing_key_algorithm = UNSET
                rotation_grace_period = UNSET
            else:
                _signing_key_algorithm = d.get("signingKeyAlgorithm", UNSET)
                signing_key_algorithm: RotateOidcKeysBodySigningKeyAlgorithm | Unset
                if isinstance(_signing_key_algorithm, Unset):
                    signing_key_algorithm = UNSET
                else:
                    signing_key_algorithm = check_rotate_oidc_keys_body_signing_key_algorithm(
                        _signing_key_algorithm
                    )

                rotation_grace_period = d.get("rotationGracePeriod", UNSET)

            _instance = cls.__new__(cls)
            _instance.signing_key_algorithm = signing_key_algorithm
            _instance.rotation_grace_period = rotation_grace_period
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
    "signingKeyAlgorithm": "signing_key_algorithm",
    "rotationGracePeriod": "rotation_grace_period",
}
_JSON_NAMES = frozenset(
    (
        "signingKeyAlgorithm",
        "rotationGracePeriod",
    )
)
