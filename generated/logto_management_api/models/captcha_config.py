from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.captcha_config_mode import CaptchaConfigMode, check_captcha_config_mode
from ..models.captcha_config_type import CaptchaConfigType, check_captcha_config_type
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="CaptchaConfig")


@_attrs_define
class CaptchaConfig:
    type_: CaptchaConfigType
    site_key: str
    domain: str | Unset = UNSET
    mode: CaptchaConfigMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("type_", self.type_),
                ("site_key", self.site_key),
                ("domain", self.domain),
                ("mode", self.mode),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        site_key = self.site_key

        domain = self.domain

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "siteKey": site_key,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            type_ = check_captcha_config_type(d["type"])

            site_key = d["siteKey"]

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                domain = UNSET
                mode = UNSET
            else:
                domain = d.get("domain", UNSET)

                _mode = d.get("mode", UNSET)
                mode: CaptchaConfigMode | Unset
                if isinstance(_mode, Unset):
                    mode = UNSET
                else:
                    mode = check_captcha_config_mode(_mode)

            _instance = cls.__new__(cls)
            _instance.type_ = type_
            _instance.site_key = site_key
            _instance.domain = domain
            _instance.mode = mode
            if len(d) == 2 or d.keys() <= _JSON_NAMES:
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
    "type": "type_",
    "siteKey": "site_key",
    "domain": "domain",
    "mode": "mode",
}
_JSON_NAMES = frozenset(
    (
        "type",
        "siteKey",
        "domain",
        "mode",
    )
)
