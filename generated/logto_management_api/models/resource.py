from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.scope import Scope


T = TypeVar("T", bound="Resource")


@_attrs_define
class Resource:
    tenant_id: str
    id: str
    name: str
    indicator: str
    is_default: bool
    access_token_ttl: float
    scopes: list[Scope] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("name", self.name),
                ("indicator", self.indicator),
                ("is_default", self.is_default),
                ("access_token_ttl", self.access_token_ttl),
                ("scopes", self.scopes),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        id = self.id

        name = self.name

        indicator = self.indicator

        is_default = self.is_default

        access_token_ttl = self.access_token_ttl

        scopes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.to_dict()
                scopes.append(scopes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "name": name,
                "indicator": indicator,
                "isDefault": is_default,
                "accessTokenTtl": access_token_ttl,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            name = d["name"]

            indicator = d["indicator"]

            is_default = d["isDefault"]

            access_token_ttl = d["accessTokenTtl"]

            if len(d) == 6:  # only the required keys: every optional one is UNSET
                scopes = UNSET
            else:
                _scopes = d.get("scopes", UNSET)
                scopes: list[Scope] | Unset = UNSET
                if _scopes is not UNSET:
                    scopes = []
                    for scopes_item_data in _scopes:
                        scopes_item = Scope.from_dict(scopes_item_data)

                        scopes.append(scopes_item)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.name = name
            _instance.indicator = indicator
            _instance.is_default = is_default
            _instance.access_token_ttl = access_token_ttl
            _instance.scopes = scopes
            if len(d) == 6 + ("scopes" in d):
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
    "tenantId": "tenant_id",
    "id": "id",
    "name": "name",
    "indicator": "indicator",
    "isDefault": "is_default",
    "accessTokenTtl": "access_token_ttl",
    "scopes": "scopes",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "name",
        "indicator",
        "isDefault",
        "accessTokenTtl",
        "scopes",
    )
)


from ..models.scope import Scope  # noqa: E402
