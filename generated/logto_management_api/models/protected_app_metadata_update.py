from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_scope import AdditionalScope, check_additional_scope
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.page_rule import PageRule


T = TypeVar("T", bound="ProtectedAppMetadataUpdate")


@_attrs_define
class ProtectedAppMetadataUpdate:
    origin: str | Unset = UNSET
    session_duration: float | Unset = UNSET
    page_rules: list[PageRule] | Unset = UNSET
    additional_scopes: list[AdditionalScope] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("origin", self.origin),
                ("session_duration", self.session_duration),
                ("page_rules", self.page_rules),
                ("additional_scopes", self.additional_scopes),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        origin = self.origin

        session_duration = self.session_duration

        page_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.page_rules, Unset):
            page_rules = []
            for page_rules_item_data in self.page_rules:
                page_rules_item = page_rules_item_data.to_dict()
                page_rules.append(page_rules_item)

        additional_scopes: list[str] | Unset = UNSET
        if not isinstance(self.additional_scopes, Unset):
            additional_scopes = []
            for additional_scopes_item_data in self.additional_scopes:
                additional_scopes_item: str = additional_scopes_item_data
                additional_scopes.append(additional_scopes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if origin is not UNSET:
            field_dict["origin"] = origin
        if session_duration is not UNSET:
            field_dict["sessionDuration"] = session_duration
        if page_rules is not UNSET:
            field_dict["pageRules"] = page_rules
        if additional_scopes is not UNSET:
            field_dict["additionalScopes"] = additional_scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                origin = UNSET
                session_duration = UNSET
                page_rules = UNSET
                additional_scopes = UNSET
            else:
                origin = d.get("origin", UNSET)

                session_duration = d.get("sessionDuration", UNSET)

                _page_rules = d.get("pageRules", UNSET)
                page_rules: list[PageRule] | Unset = UNSET
                if _page_rules is not UNSET:
                    page_rules = []
                    for page_rules_item_data in _page_rules:
                        page_rules_item = PageRule.from_dict(page_rules_item_data)

                        page_rules.append(page_rules_item)

                _additional_scopes = d.get("additionalScopes", UNSET)
                additional_scopes: list[AdditionalScope] | Unset = UNSET
                if _additional_scopes is not UNSET:
                    additional_scopes = []
                    for additional_scopes_item_data in _additional_scopes:
                        additional_scopes_item = check_additional_scope(additional_scopes_item_data)

                        additional_scopes.append(additional_scopes_item)

            _instance = cls.__new__(cls)
            _instance.origin = origin
            _instance.session_duration = session_duration
            _instance.page_rules = page_rules
            _instance.additional_scopes = additional_scopes
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
    "origin": "origin",
    "sessionDuration": "session_duration",
    "pageRules": "page_rules",
    "additionalScopes": "additional_scopes",
}
_JSON_NAMES = frozenset(
    (
        "origin",
        "sessionDuration",
        "pageRules",
        "additionalScopes",
    )
)


from ..models.page_rule import PageRule  # noqa: E402
