from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mfa_verification_factor import (
    MfaVerificationFactor,
    check_mfa_verification_factor,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="MfaVerification")


@_attrs_define
class MfaVerification:
    id: str
    created_at: str
    type_: MfaVerificationFactor
    last_used_at: str | Unset = UNSET
    agent: str | Unset = UNSET
    name: str | Unset = UNSET
    remain_codes: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("created_at", self.created_at),
                ("type_", self.type_),
                ("last_used_at", self.last_used_at),
                ("agent", self.agent),
                ("name", self.name),
                ("remain_codes", self.remain_codes),
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

        type_: str = self.type_

        last_used_at = self.last_used_at

        agent = self.agent

        name = self.name

        remain_codes = self.remain_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "type": type_,
            }
        )
        if last_used_at is not UNSET:
            field_dict["lastUsedAt"] = last_used_at
        if agent is not UNSET:
            field_dict["agent"] = agent
        if name is not UNSET:
            field_dict["name"] = name
        if remain_codes is not UNSET:
            field_dict["remainCodes"] = remain_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            created_at = d["createdAt"]

            type_ = check_mfa_verification_factor(d["type"])

            if len(d) == 3:  # only the required keys: every optional one is UNSET
                last_used_at = UNSET
                agent = UNSET
                name = UNSET
                remain_codes = UNSET
            else:
                last_used_at = d.get("lastUsedAt", UNSET)

                agent = d.get("agent", UNSET)

                name = d.get("name", UNSET)

                remain_codes = d.get("remainCodes", UNSET)

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.created_at = created_at
            _instance.type_ = type_
            _instance.last_used_at = last_used_at
            _instance.agent = agent
            _instance.name = name
            _instance.remain_codes = remain_codes
            if len(d) == 3 or d.keys() <= _JSON_NAMES:
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
    "type": "type_",
    "lastUsedAt": "last_used_at",
    "agent": "agent",
    "name": "name",
    "remainCodes": "remain_codes",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "createdAt",
        "type",
        "lastUsedAt",
        "agent",
        "name",
        "remainCodes",
    )
)
