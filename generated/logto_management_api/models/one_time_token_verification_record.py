from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.one_time_token_verification_record_type import (
    OneTimeTokenVerificationRecordType,
    check_one_time_token_verification_record_type,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.identifier import Identifier
    from ..models.one_time_token_context import OneTimeTokenContext


T = TypeVar("T", bound="OneTimeTokenVerificationRecord")


@_attrs_define
class OneTimeTokenVerificationRecord:
    id: str
    type_: OneTimeTokenVerificationRecordType
    verified: bool
    identifier: Identifier
    one_time_token_context: OneTimeTokenContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("type_", self.type_),
                ("verified", self.verified),
                ("identifier", self.identifier),
                ("one_time_token_context", self.one_time_token_context),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        verified = self.verified

        identifier = self.identifier.to_dict()

        one_time_token_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.one_time_token_context, Unset):
            one_time_token_context = self.one_time_token_context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "verified": verified,
                "identifier": identifier,
            }
        )
        if one_time_token_context is not UNSET:
            field_dict["oneTimeTokenContext"] = one_time_token_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            type_ = check_one_time_token_verification_record_type(d["type"])

            verified = d["verified"]

            identifier = Identifier.from_dict(d["identifier"])

            if len(d) == 4:  # only the required keys: every optional one is UNSET
                one_time_token_context = UNSET
            else:
                _one_time_token_context = d.get("oneTimeTokenContext", UNSET)
                one_time_token_context: OneTimeTokenContext | Unset
                if isinstance(_one_time_token_context, Unset):
                    one_time_token_context = UNSET
                else:
                    one_time_token_context = OneTimeTokenContext.from_dict(_one_time_token_context)

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.type_ = type_
            _instance.verified = verified
            _instance.identifier = identifier
            _instance.one_time_token_context = one_time_token_context
            if len(d) == 4 + ("oneTimeTokenContext" in d):
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
    "type": "type_",
    "verified": "verified",
    "identifier": "identifier",
    "oneTimeTokenContext": "one_time_token_context",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "type",
        "verified",
        "identifier",
        "oneTimeTokenContext",
    )
)


from ..models.identifier import Identifier  # noqa: E402
from ..models.one_time_token_context import OneTimeTokenContext  # noqa: E402
