from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="CheckedChargeNotification")


@_attrs_define
class CheckedChargeNotification:
    token: bool | Unset = UNSET
    api_resource: bool | Unset = UNSET
    machine_to_machine_app: bool | Unset = UNSET
    tenant_member: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("token", self.token),
                ("api_resource", self.api_resource),
                ("machine_to_machine_app", self.machine_to_machine_app),
                ("tenant_member", self.tenant_member),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        api_resource = self.api_resource

        machine_to_machine_app = self.machine_to_machine_app

        tenant_member = self.tenant_member

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if api_resource is not UNSET:
            field_dict["apiResource"] = api_resource
        if machine_to_machine_app is not UNSET:
            field_dict["machineToMachineApp"] = machine_to_machine_app
        if tenant_member is not UNSET:
            field_dict["tenantMember"] = tenant_member

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                token = UNSET
                api_resource = UNSET
                machine_to_machine_app = UNSET
                tenant_member = UNSET
            else:
                token = d.get("token", UNSET)

                api_resource = d.get("apiResource", UNSET)

                machine_to_machine_app = d.get("machineToMachineApp", UNSET)

                tenant_member = d.get("tenantMember", UNSET)

            _instance = cls.__new__(cls)
            _instance.token = token
            _instance.api_resource = api_resource
            _instance.machine_to_machine_app = machine_to_machine_app
            _instance.tenant_member = tenant_member
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
    "token": "token",
    "apiResource": "api_resource",
    "machineToMachineApp": "machine_to_machine_app",
    "tenantMember": "tenant_member",
}
_JSON_NAMES = frozenset(
    (
        "token",
        "apiResource",
        "machineToMachineApp",
        "tenantMember",
    )
)
