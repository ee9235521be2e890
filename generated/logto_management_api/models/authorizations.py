from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="Authorizations")


@_attrs_define
class Authorizations:
    sid: str | Unset = UNSET
    grant_id: str | Unset = UNSET
    persists_logout: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("sid", self.sid),
                ("grant_id", self.grant_id),
                ("persists_logout", self.persists_logout),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        sid = self.sid

        grant_id = self.grant_id

        persists_logout = self.persists_logout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sid is not UNSET:
            field_dict["sid"] = sid
        if grant_id is not UNSET:
            field_dict["grantId"] = grant_id
        if persists_logout is not UNSET:
            field_dict["persistsLogout"] = persists_logout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                sid = UNSET
                grant_id = UNSET
                persists_logout = UNSET
            else:
                sid = d.get("sid", UNSET)

                grant_id = d.get("grantId", UNSET)

                persists_logout = d.get("persistsLogout", UNSET)

            _instance = cls.__new__(cls)
            _instance.sid = sid
            _instance.grant_id = grant_id
            _instance.persists_logout = persists_logout
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
    "sid": "sid",
    "grantId": "grant_id",
    "persistsLogout": "persists_logout",
}
_JSON_NAMES = frozenset(
    (
        "sid",
        "grantId",
        "persistsLogout",
    )
)
