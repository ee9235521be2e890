from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hook_event import HookEvent, check_hook_event
from ..models.legacy_hook_event import LegacyHookEvent, check_legacy_hook_event
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.hook_config_input import HookConfigInput


T = TypeVar("T", bound="CreateHookBody")


@_attrs_define
class CreateHookBody:
    config: HookConfigInput
    tenant_id: str | Unset = UNSET
    name: str | Unset = UNSET
    """ The name of the hook. """
    event: LegacyHookEvent | Unset = UNSET
    """ Use `events` instead. """
    events: list[HookEvent] | Unset = UNSET
    """ An array of hook events. """
    enabled: bool | Unset = UNSET
    created_at: float | Unset = UNSET
    """ Epoch milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("config", self.config),
                ("tenant_id", self.tenant_id),
                ("name", self.name),
                ("event", self.event),
                ("events", self.events),
                ("enabled", self.enabled),
                ("created_at", self.created_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        config = self.config.to_dict()

        tenant_id = self.tenant_id

        name = self.name

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item: str = events_item_data
                events.append(events_item)

        enabled = self.enabled

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
            }
        )
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if name is not UNSET:
            field_dict["name"] = name
        if event is not UNSET:
            field_dict["event"] = event
        if events is not UNSET:
            field_dict["events"] = events
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            config = HookConfigInput.from_dict(d["config"])

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                tenant_id = UNSET
                name = UNSET
                event = UNSET
                events = UNSET
                enabled = UNSET
                created_at = UNSET
            else:
                tenant_id = d.get("tenantId", UNSET)

                name = d.get("name", UNSET)

                _event = d.get("event", UNSET)
                event: LegacyHookEvent | Unset
                if isinstance(_event, Unset):
                    event = UNSET
                else:
                    event = check_legacy_hook_event(_event)

                _events = d.get("events", UNSET)
                events: list[HookEvent] | Unset = UNSET
                if _events is not UNSET:
                    events = []
                    for events_item_data in _events:
                        events_item = check_hook_event(events_item_data)

                        events.append(events_item)

                enabled = d.get("enabled", UNSET)

                created_at = d.get("createdAt", UNSET)

            _instance = cls.__new__(cls)
            _instance.config = config
            _instance.tenant_id = tenant_id
            _instance.name = name
            _instance.event = event
            _instance.events = events
            _instance.enabled = enabled
            _instance.created_at = created_at
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
    "config": "config",
    "tenantId": "tenant_id",
    "name": "name",
    "event": "event",
    "events": "events",
    "enabled": "enabled",
    "createdAt": "created_at",
}
_JSON_NAMES = frozenset(
    (
        "config",
        "tenantId",
        "name",
        "event",
        "events",
        "enabled",
        "createdAt",
    )
)


from ..models.hook_config_input import HookConfigInput  # noqa: E402
