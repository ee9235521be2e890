from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_scope import AdditionalScope, check_additional_scope
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.custom_domain import CustomDomain
    from ..models.page_rule import PageRule


T = TypeVar("T", bound="ProtectedAppMetadata")


@_attrs_define
class ProtectedAppMetadata:
    host: str
    origin: str
    session_duration: float
    page_rules: list[PageRule]
    additional_scopes: list[AdditionalScope] | Unset = UNSET
    custom_domains: list[CustomDomain] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("host", self.host),
                ("origin", self.origin),
                ("session_duration", self.session_duration),
                ("page_rules", self.page_rules),
                ("additional_scopes", self.additional_scopes),
                ("custom_domains", self.custom_domains),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        origin = self.origin

        session_duration = self.session_duration

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

        custom_domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_domains, Unset):
            custom_domains = []
            for custom_domains_item_data in self.custom_domains:
                custom_domains_item = custom_domains_item_data.to_dict()
                custom_domains.append(custom_domains_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "origin": origin,
                "sessionDuration": session_duration,
                "pageRules": page_rules,
            }
        )
        if additional_scopes is not UNSET:
            field_dict["additionalScopes"] = additional_scopes
        if custom_domains is not UNSET:
            field_dict["customDomains"] = custom_domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            host = d["host"]

            origin = d["origin"]

            session_duration = d["sessionDuration"]

            page_rules = []
            _page_rules = d["pageRules"]
            for page_rules_item_data in _page_rules:
                page_rules_item = PageRule.from_dict(page_rules_item_data)

                page_rules.append(page_rules_item)

            if len(d) == 4:  # only the required keys: every optional one is UNSET
                additional_scopes = UNSET
                custom_domains = UNSET
            else:
                _additional_scopes = d.get("additionalScopes", UNSET)
                additional_scopes: list[AdditionalScope] | Unset = UNSET
                if _additional_scopes is not UNSET:
                    additional_scopes = []
                    for additional_scopes_item_data in _additional_scopes:
                        additional_scopes_item = check_additional_scope(additional_scopes_item_data)

                        additional_scopes.append(additional_scopes_item)

                _custom_domains = d.get("customDomains", UNSET)
                custom_domains: list[CustomDomain] | Unset = UNSET
                if _custom_domains is not UNSET:
                    custom_domains = []
                    for custom_domains_item_data in _custom_domains:
                        custom_domains_item = CustomDomain.from_dict(custom_domains_item_data)

                        custom_domains.append(custom_domains_item)

            _instance = cls.__new__(cls)
            _instance.host = host
            _instance.origin = origin
            _instance.session_duration = session_duration
            _instance.page_rules = page_rules
            _instance.additional_scopes = additional_scopes
            _instance.custom_domains = custom_domains
            if len(d) == 4 + ("additionalScopes" in d) + ("customDomains" in d):
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
    "host": "host",
    "origin": "origin",
    "sessionDuration": "session_duration",
    "pageRules": "page_rules",
    "additionalScopes": "additional_scopes",
    "customDomains": "custom_domains",
}
_JSON_NAMES = frozenset(
    (
        "host",
        "origin",
        "sessionDuration",
        "pageRules",
        "additionalScopes",
        "customDomains",
    )
)


from ..models.custom_domain import CustomDomain  # noqa: E402
from ..models.page_rule import PageRule  # noqa: E402
