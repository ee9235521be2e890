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


T = TypeVar("T", bound="UpdateHookBody")


@_attrs_define
class UpdateHookBody:
    tenant_id: str | Unset = UNSET
    name: str | Unset = UNSET
    """ The updated name of the hook. """
    event: LegacyHookEvent | None | Unset = UNSET
    events: list[HookEvent] | Unset = UNSET
    """ An array of updated hook events. """
    config: HookConfigInput | Unset = UNSET
    enabled: bool | Unset = UNSET
    created_at: float | Unset = UNSET
    """ Epoch milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("name", self.name),
                ("event", self.event),
                ("events", self.events),
                ("config", self.config),
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
        tenant_id = self.tenant_id

        name = self.name

        event: None | str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, str):
            event = self.event
        else:
            event = self.event

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item: str = events_item_data
                events.append(events_item)

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        enabled = self.enabled

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if name is not UNSET:
            field_dict["name"] = name
        if event is not UNSET:
            field_dict["event"] = event
        if events is not UNSET:
            field_dict["events"] = events
        if config is not UNSET:
            field_dict["config"] = config
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                tenant_id = UNSET
                name = UNSET
                event = UNSET
                events = UNSET
                config = UNSET
                enabled = UNSET
                created_at = UNSET
            else:
                tenant_id = d.get("tenantId", UNSET)

                name = d.get("name", UNSET)

                _event_data = d.get("event", UNSET)
                event: LegacyHookEvent | None | Unset
                if _event_data is None or _event_data is UNSET:
                    event = _event_data
                else:

                    def _parse_event(data: object) -> LegacyHookEvent | None | Unset:
                        if data is None:
                            return data
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            event_type_1 = check_legacy_hook_event(data)

                            return event_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(LegacyHookEvent | None | Unset, data)

                    event = _parse_event(_event_data)

                _events = d.get("events", UNSET)
                events: list[HookEvent] | Unset = UNSET
                if _events is not UNSET:
                    events = []
                    for events_item_data in _events:
                        events_item = check_hook_event(events_item_data)

                        events.append(events_item)

                _config = d.get("config", UNSET)
                config: HookConfigInput | Unset
                if isinstance(_config, Unset):
                    config = UNSET
                else:
                    config = HookConfigInput.from_dict(_config)

                enabled = d.get("enabled", UNSET)

                created_at = d.get("createdAt", UNSET)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.name = name
            _instance.event = event
            _instance.events = events
            _instance.config = config
            _instance.enabled = enabled
            _instance.created_at = created_at
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
    "tenantId": "tenant_id",
    "name": "name",
    "event": "event",
    "events": "events",
    "config": "config",
    "enabled": "enabled",
    "createdAt": "created_at",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "name",
        "event",
        "events",
        "config",
        "enabled",
        "createdAt",
    )
)


from ..models.hook_config_input import HookConfigInput  # noqa: E402
