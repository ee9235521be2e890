from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.i18n_phrases import I18NPhrases


T = TypeVar("T", bound="Metadata")


@_attrs_define
class Metadata:
    target: str | Unset = UNSET
    name: I18NPhrases | Unset = UNSET
    logo: str | Unset = UNSET
    logo_dark: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("target", self.target),
                ("name", self.name),
                ("logo", self.logo),
                ("logo_dark", self.logo_dark),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        logo = self.logo

        logo_dark: None | str | Unset
        if isinstance(self.logo_dark, Unset):
            logo_dark = UNSET
        else:
            logo_dark = self.logo_dark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["target"] = target
        if name is not UNSET:
            field_dict["name"] = name
        if logo is not UNSET:
            field_dict["logo"] = logo
        if logo_dark is not UNSET:
            field_dict["logoDark"] = logo_dark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                target = UNSET
                name = UNSET
                logo = UNSET
                logo_dark = UNSET
            else:
                target = d.get("target", UNSET)

                _name = d.get("name", UNSET)
                name: I18NPhrases | Unset
                if isinstance(_name, Unset):
                    name = UNSET
                else:
                    name = I18NPhrases.from_dict(_name)

                logo = d.get("logo", UNSET)

                logo_dark: None | str | Unset = d.get("logoDark", UNSET)

            _instance = cls.__new__(cls)
            _instance.target = target
            _instance.name = name
            _instance.logo = logo
            _instance.logo_dark = logo_dark
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
    "target": "target",
    "name": "name",
    "logo": "logo",
    "logoDark": "logo_dark",
}
_JSON_NAMES = frozenset(
    (
        "target",
        "name",
        "logo",
        "logoDark",
    )
)


from ..models.i18n_phrases import I18NPhrases  # noqa: E402
