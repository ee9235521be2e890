from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_kind import TokenKind, check_token_kind
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    jti: str | Unset = UNSET
    aud: list[str] | str | Unset = UNSET
    scope: str | Unset = UNSET
    client_id: str | Unset = UNSET
    kind: TokenKind | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("jti", self.jti),
                ("aud", self.aud),
                ("scope", self.scope),
                ("client_id", self.client_id),
                ("kind", self.kind),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        jti = self.jti

        aud: list[str] | str | Unset
        if isinstance(self.aud, Unset):
            aud = UNSET
        elif isinstance(self.aud, list):
            aud = self.aud

        else:
            aud = self.aud

        scope = self.scope

        client_id = self.client_id

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jti is not UNSET:
            field_dict["jti"] = jti
        if aud is not UNSET:
            field_dict["aud"] = aud
        if scope is not UNSET:
            field_dict["scope"] = scope
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                jti = UNSET
                aud = UNSET
                scope = UNSET
                client_id = UNSET
                kind = UNSET
            else:
                jti = d.get("jti", UNSET)

                _aud_data = d.get("aud", UNSET)
                aud: list[str] | str | Unset
                if _aud_data is UNSET:
                    aud = _aud_data
                else:

                    def _parse_aud(data: object) -> list[str] | str | Unset:
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, list):
                                raise TypeError()
                            aud_type_1: list[str] = data

                            return aud_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(list[str] | str | Unset, data)

                    aud = _parse_aud(_aud_data)

                scope = d.get("scope", UNSET)

                client_id = d.get("clientId", UNSET)

                _kind = d.get("kind", UNSET)
                kind: TokenKind | Unset
                if isinstance(_kind, Unset):
                    kind = UNSET
                else:
                    kind = check_token_kind(_kind)

            _instance = cls.__new__(cls)
            _instance.jti = jti
            _instance.aud = aud
            _instance.scope = scope
            _instance.client_id = client_id
            _instance.kind = kind
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
    "jti": "jti",
    "aud": "aud",
    "scope": "scope",
    "clientId": "client_id",
    "kind": "kind",
}
_JSON_NAMES = frozenset(
    (
        "jti",
        "aud",
        "scope",
        "clientId",
        "kind",
    )
)
