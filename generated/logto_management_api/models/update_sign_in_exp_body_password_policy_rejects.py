from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="UpdateSignInExpBodyPasswordPolicyRejects")


@_attrs_define
class UpdateSignInExpBodyPasswordPolicyRejects:
    pwned: bool | Unset = True
    repetition_and_sequence: bool | Unset = True
    user_info: bool | Unset = True
    words: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("pwned", self.pwned),
                ("repetition_and_sequence", self.repetition_and_sequence),
                ("user_info", self.user_info),
                ("words", self.words),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        pwned = self.pwned

        repetition_and_sequence = self.repetition_and_sequence

        user_info = self.user_info

        words: list[str] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = self.words

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pwned is not UNSET:
            field_dict["pwned"] = pwned
        if repetition_and_sequence is not UNSET:
            field_dict["repetitionAndSequence"] = repetition_and_sequence
        if user_info is not UNSET:
            field_dict["userInfo"] = user_info
        if words is not UNSET:
            field_dict["words"] = words

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                pwned = UNSET
                repetition_and_sequence = UNSET
                user_info = UNSET
                words = UNSET
            else:
                pwned = d.get("pwned", UNSET)

                repetition_and_sequence = d.get("repetitionAndSequence", UNSET)

                user_info = d.get("userInfo", UNSET)

                words: list[str] | Unset = d.get("words", UNSET)

            _instance = cls.__new__(cls)
            _instance.pwned = pwned
            _instance.repetition_and_sequence = repetition_and_sequence
            _instance.user_info = user_info
            _instance.words = words
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
    "pwned": "pwned",
    "repetitionAndSequence": "repetition_and_sequence",
    "userInfo": "user_info",
    "words": "words",
}
_JSON_NAMES = frozenset(
    (
        "pwned",
        "repetitionAndSequence",
        "userInfo",
        "words",
    )
)
