from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.identities import Identities


T = TypeVar("T", bound="UserIdentities")


@_attrs_define
class UserIdentities:
    additional_properties: dict[str, Identities] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (("additional_properties", self.additional_properties or UNSET),)
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            _instance = cls.__new__(cls)
            additional_properties = {}
            if d:  # often an empty map: then no loop to set up
                for prop_name, prop_dict in d.items():
                    additional_property = Identities.from_dict(prop_dict)

                    additional_properties[prop_name] = additional_property
            _instance.additional_properties = additional_properties
            return _instance
        except MISFITS as exc:
            # Only once reading failed: explain which field, by its type (not its value).
            raise model_input_error(cls, src_dict, exc, {}) from exc

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Identities:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Identities) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.identities import Identities  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
