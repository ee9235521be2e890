from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.allowed_chars import AllowedChars


T = TypeVar("T", bound="UsernamePolicy")


@_attrs_define
class UsernamePolicy:
    case_sensitive: bool
    min_length: int
    max_length: int
    allowed_chars: AllowedChars
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("case_sensitive", self.case_sensitive),
                ("min_length", self.min_length),
                ("max_length", self.max_length),
                ("allowed_chars", self.allowed_chars),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        case_sensitive = self.case_sensitive

        min_length = self.min_length

        max_length = self.max_length

        allowed_chars = self.allowed_chars.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "caseSensitive": case_sensitive,
                "minLength": min_length,
                "maxLength": max_length,
                "allowedChars": allowed_chars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            case_sensitive = d["caseSensitive"]

            min_length = d["minLength"]

            max_length = d["maxLength"]

            allowed_chars = AllowedChars.from_dict(d["allowedChars"])

            _instance = cls.__new__(cls)
            _instance.case_sensitive = case_sensitive
            _instance.min_length = min_length
            _instance.max_length = max_length
            _instance.allowed_chars = allowed_chars
            if len(d) == 4:
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
    "caseSensitive": "case_sensitive",
    "minLength": "min_length",
    "maxLength": "max_length",
    "allowedChars": "allowed_chars",
}
_JSON_NAMES = frozenset(
    (
        "caseSensitive",
        "minLength",
        "maxLength",
        "allowedChars",
    )
)


from ..models.allowed_chars import AllowedChars  # noqa: E402
