from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hook_event import HookEvent, check_hook_event
from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.execution_stats import ExecutionStats
    from ..models.hook_config import HookConfig


T = TypeVar("T", bound="Hook")


@_attrs_define
class Hook:
    tenant_id: str
    id: str
    name: str
    event: HookEvent | None
    events: list[HookEvent]
    config: HookConfig
    signing_key: str
    enabled: bool
    created_at: float
    """ Epoch milliseconds. """
    execution_stats: ExecutionStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("name", self.name),
                ("event", self.event),
                ("events", self.events),
                ("config", self.config),
                ("signing_key", MASKED if self.signing_key else self.signing_key),
                ("enabled", self.enabled),
                ("created_at", self.created_at),
                ("execution_stats", self.execution_stats),
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

        event: None | str
        if isinstance(self.event, str):
            event = self.event
        else:
            event = self.event

        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        config = self.config.to_dict()

        signing_key = self.signing_key

        enabled = self.enabled

        created_at = self.created_at

        execution_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_stats, Unset):
            execution_stats = self.execution_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "name": name,
                "event": event,
                "events": events,
                "config": config,
                "signingKey": signing_key,
                "enabled": enabled,
                "createdAt": created_at,
            }
        )
        if execution_stats is not UNSET:
            field_dict["executionStats"] = execution_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            name = d["name"]

            _event_data = d["event"]
            event: HookEvent | None
            if _event_data is None:
                event = _event_data
            else:

                def _parse_event(data: object) -> HookEvent | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        event_type_1 = check_hook_event(data)

                        return event_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(HookEvent | None, data)

                event = _parse_event(_event_data)

            events = []
            _events = d["events"]
            for events_item_data in _events:
                events_item = check_hook_event(events_item_data)

                events.append(events_item)

            config = HookConfig.from_dict(d["config"])

            signing_key = d["signingKey"]

            enabled = d["enabled"]

            created_at = d["createdAt"]

            if len(d) == 9:  # only the required keys: every optional one is UNSET
                execution_stats = UNSET
            else:
                _execution_stats = d.get("executionStats", UNSET)
                execution_stats: ExecutionStats | Unset
                if isinstance(_execution_stats, Unset):
                    execution_stats = UNSET
                else:
                    execution_stats = ExecutionStats.from_dict(_execution_stats)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.name = name
            _instance.event = event
            _instance.events = events
            _instance.config = config
            _instance.signing_key = signing_key
            _instance.enabled = enabled
            _instance.created_at = created_at
            _instance.execution_stats = execution_stats
            if len(d) == 9 + ("executionStats" in d):
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
    "event": "event",
    "events": "events",
    "config": "config",
    "signingKey": "signing_key",
    "enabled": "enabled",
    "createdAt": "created_at",
    "executionStats": "execution_stats",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "name",
        "event",
        "events",
        "config",
        "signingKey",
        "enabled",
        "createdAt",
        "executionStats",
    )
)


from ..models.execution_stats import ExecutionStats  # noqa: E402
from ..models.hook_config import HookConfig  # noqa: E402
