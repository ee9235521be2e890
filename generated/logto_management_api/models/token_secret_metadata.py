from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="TokenSecretMetadata")


@_attrs_define
class TokenSecretMetadata:
    has_refresh_token: bool
    scope: str | Unset = UNSET
    expires_at: float | Unset = UNSET
    """ Epoch milliseconds. """
    token_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("has_refresh_token", self.has_refresh_token),
                ("scope", self.scope),
                ("expires_at", self.expires_at),
                ("token_type", self.token_type),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        has_refresh_token = self.has_refresh_token

        scope = self.scope

        expires_at = self.expires_at

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasRefreshToken": has_refresh_token,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if token_type is not UNSET:
            field_dict["tokenType"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            has_refresh_token = d["hasRefreshToken"]

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                scope = UNSET
                expires_at = UNSET
                token_type = UNSET
            else:
                scope = d.get("scope", UNSET)

                expires_at = d.get("expiresAt", UNSET)

                token_type = d.get("tokenType", UNSET)

            _instance = cls.__new__(cls)
            _instance.has_refresh_token = has_refresh_token
            _instance.scope = scope
            _instance.expires_at = expires_at
            _instance.token_type = token_type
            if len(d) == 1 or d.keys() <= _JSON_NAMES:
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
    "hasRefreshToken": "has_refresh_token",
    "scope": "scope",
    "expiresAt": "expires_at",
    "tokenType": "token_type",
}
_JSON_NAMES = frozenset(
    (
        "hasRefreshToken",
        "scope",
        "expiresAt",
        "tokenType",
    )
)
