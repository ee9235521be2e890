from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.resource import Resource


T = TypeVar("T", bound="Scope")


@_attrs_define
class Scope:
    tenant_id: str
    id: str
    resource_id: str
    name: str
    description: None | str
    created_at: float
    """ Epoch milliseconds. """
    resource: Resource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("resource_id", self.resource_id),
                ("name", self.name),
                ("description", self.description),
                ("created_at", self.created_at),
                ("resource", self.resource),
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

        resource_id = self.resource_id

        name = self.name

        description: None | str
        description = self.description

        created_at = self.created_at

        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "resourceId": resource_id,
                "name": name,
                "description": description,
                "createdAt": created_at,
            }
        )
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            resource_id = d["resourceId"]

            name = d["name"]

            description: None | str = d["description"]

            created_at = d["createdAt"]

            if len(d) == 6:  # only the required keys: every optional one is UNSET
                resource = UNSET
            else:
                _resource = d.get("resource", UNSET)
                resource: Resource | Unset
                if isinstance(_resource, Unset):
                    resource = UNSET
                else:
                    resource = Resource.from_dict(_resource)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.resource_id = resource_id
            _instance.name = name
            _instance.description = description
            _instance.created_at = created_at
            _instance.resource = resource
            if len(d) == 6 + ("resource" in d):
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
    "resourceId": "resource_id",
    "name": "name",
    "description": "description",
    "createdAt": "created_at",
    "resource": "resource",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "resourceId",
        "name",
        "description",
        "createdAt",
        "resource",
    )
)


from ..models.resource import Resource  # noqa: E402
