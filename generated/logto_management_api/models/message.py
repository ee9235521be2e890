from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    code: str | Unset = UNSET
    link: str | Unset = UNSET
    locale: str | Unset = UNSET
    ui_locales: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("code", self.code),
                ("link", self.link),
                ("locale", self.locale),
                ("ui_locales", self.ui_locales),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        link = self.link

        locale = self.locale

        ui_locales = self.ui_locales

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if link is not UNSET:
            field_dict["link"] = link
        if locale is not UNSET:
            field_dict["locale"] = locale
        if ui_locales is not UNSET:
            field_dict["uiLocales"] = ui_locales

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        link = d.pop("link", UNSET)

        locale = d.pop("locale", UNSET)

        ui_locales = d.pop("uiLocales", UNSET)

        message = cls(
            code=code,
            link=link,
            locale=locale,
            ui_locales=ui_locales,
        )

        message.additional_properties = d
        return message

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
