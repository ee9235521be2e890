from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.string_map import StringMap


T = TypeVar("T", bound="HookConfig")


@_attrs_define
class HookConfig:
    url: str
    headers: StringMap | Unset = UNSET
    """ A JSON object whose values are strings (headers, environment variables). """
    retries: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("url", self.url),
                ("headers", MASKED if self.headers else self.headers),
                ("retries", self.retries),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = dict(self.headers)

        retries = self.retries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if retries is not UNSET:
            field_dict["retries"] = retries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            url = d["url"]

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                headers = UNSET
                retries = UNSET
            else:
                _headers = d.get("headers", UNSET)
                headers: StringMap | Unset
                if isinstance(_headers, Unset):
                    headers = UNSET
                else:
                    headers = dict(_headers)

                retries = d.get("retries", UNSET)

            _instance = cls.__new__(cls)
            _instance.url = url
            _instance.headers = headers
            _instance.retries = retries
            if len(d) == 1 or d.keys() <= _JSON_NAMES:
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
    "url": "url",
    "headers": "headers",
    "retries": "retries",
}
_JSON_NAMES = frozenset(
    (
        "url",
        "headers",
        "retries",
    )
)


from ..models.string_map import StringMap  # noqa: E402
