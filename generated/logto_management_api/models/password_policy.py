from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.character_types import CharacterTypes
    from ..models.length import Length
    from ..models.rejects import Rejects


T = TypeVar("T", bound="PasswordPolicy")


@_attrs_define
class PasswordPolicy:
    length: Length | Unset = UNSET
    character_types: CharacterTypes | Unset = UNSET
    rejects: Rejects | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("length", self.length),
                ("character_types", self.character_types),
                ("rejects", self.rejects),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        length: dict[str, Any] | Unset = UNSET
        if not isinstance(self.length, Unset):
            length = self.length.to_dict()

        character_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.character_types, Unset):
            character_types = self.character_types.to_dict()

        rejects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rejects, Unset):
            rejects = self.rejects.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if length is not UNSET:
            field_dict["length"] = length
        if character_types is not UNSET:
            field_dict["characterTypes"] = character_types
        if rejects is not UNSET:
            field_dict["rejects"] = rejects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                length = UNSET
                character_types = UNSET
                rejects = UNSET
            else:
                _length = d.get("length", UNSET)
                length: Length | Unset
                if isinstance(_length, Unset):
                    length = UNSET
                else:
                    length = Length.from_dict(_length)

                _character_types = d.get("characterTypes", UNSET)
                character_types: CharacterTypes | Unset
                if isinstance(_character_types, Unset):
                    character_types = UNSET
                else:
                    character_types = CharacterTypes.from_dict(_character_types)

                _rejects = d.get("rejects", UNSET)
                rejects: Rejects | Unset
                if isinstance(_rejects, Unset):
                    rejects = UNSET
                else:
                    rejects = Rejects.from_dict(_rejects)

            _instance = cls.__new__(cls)
            _instance.length = length
            _instance.character_types = character_types
            _instance.rejects = rejects
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
    "length": "length",
    "characterTypes": "character_types",
    "rejects": "rejects",
}
_JSON_NAMES = frozenset(
    (
        "length",
        "characterTypes",
        "rejects",
    )
)


from ..models.character_types import CharacterTypes  # noqa: E402
from ..models.length import Length  # noqa: E402
from ..models.rejects import Rejects  # noqa: E402
