from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hook_event import HookEvent, check_hook_event
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.hook_config_input import HookConfigInput


T = TypeVar("T", bound="CreateHookTestBody")


@_attrs_define
class CreateHookTestBody:
    events: list[HookEvent]
    """ An array of hook events for testing. """
    config: HookConfigInput
    event: Any | Unset = UNSET
    """ Use `events` instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("events", self.events),
                ("config", self.config),
                ("event", self.event),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        config = self.config.to_dict()

        event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "config": config,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            events = []
            _events = d["events"]
            for events_item_data in _events:
                events_item = check_hook_event(events_item_data)

                events.append(events_item)

            config = HookConfigInput.from_dict(d["config"])

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                event = UNSET
            else:
                event = d.get("event", UNSET)

            _instance = cls.__new__(cls)
            _instance.events = events
            _instance.config = config
            _instance.event = event
            if len(d) == 2 + ("event" in d):
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
    "events": "events",
    "config": "config",
    "event": "event",
}
_JSON_NAMES = frozenset(
    (
        "events",
        "config",
        "event",
    )
)


from ..models.hook_config_input import HookConfigInput  # noqa: E402
