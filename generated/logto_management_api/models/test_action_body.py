from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_action_body_action_type import (
    TestActionBodyActionType,
    check_test_action_body_action_type,
)
from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.string_map import StringMap


T = TypeVar("T", bound="TestActionBody")


@_attrs_define
class TestActionBody:
    script: str
    """ The action script to test. """
    action_type: TestActionBodyActionType
    """ The action type to test. """
    event: bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str
    """ The sample event for action script testing. """
    environment_variables: StringMap | Unset = UNSET
    """ A JSON object whose values are strings (headers, environment variables). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("script", self.script),
                ("action_type", self.action_type),
                ("event", self.event),
                (
                    "environment_variables",
                    MASKED if self.environment_variables else self.environment_variables,
                ),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        script = self.script

        action_type: str = self.action_type

        event: (
            bool | dict[str, Any] | float | list[bool | dict[str, Any] | float | None | str] | str
        )
        if isinstance(self.event, dict):
            event = dict(self.event)
        elif isinstance(self.event, list):
            event = []
            for event_type_1_item_data in self.event:
                event_type_1_item: bool | dict[str, Any] | float | None | str
                if isinstance(event_type_1_item_data, dict):
                    event_type_1_item = dict(event_type_1_item_data)
                else:
                    event_type_1_item = event_type_1_item_data
                event.append(event_type_1_item)

        else:
            event = self.event

        environment_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = dict(self.environment_variables)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "script": script,
                "actionType": action_type,
                "event": event,
            }
        )
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            script = d["script"]

            action_type = check_test_action_body_action_type(d["actionType"])

            def _parse_event(
                data: object,
            ) -> bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    event_type_0 = dict(data)

                    return event_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    event_type_1 = []
                    _event_type_1 = data
                    for event_type_1_item_data in _event_type_1:
                        _event_type_1_item_data = event_type_1_item_data
                        event_type_1_item: bool | float | JsonObject | None | str
                        if _event_type_1_item_data is None:
                            event_type_1_item = _event_type_1_item_data
                        else:

                            def _parse_event_type_1_item(
                                data: object,
                            ) -> bool | float | JsonObject | None | str:
                                if data is None:
                                    return data
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    event_type_1_item_type_4 = dict(data)

                                    return event_type_1_item_type_4
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                                return cast(bool | float | JsonObject | None | str, data)

                            event_type_1_item = _parse_event_type_1_item(_event_type_1_item_data)

                        event_type_1.append(event_type_1_item)

                    return event_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str,
                    data,
                )

            event = _parse_event(d["event"])

            if len(d) == 3:  # only the required keys: every optional one is UNSET
                environment_variables = UNSET
            else:
                _environment_variables = d.get("environmentVariables", UNSET)
                environment_variables: StringMap | Unset
                if isinstance(_environment_variables, Unset):
                    environment_variables = UNSET
                else:
                    environment_variables = dict(_environment_variables)

            _instance = cls.__new__(cls)
            _instance.script = script
            _instance.action_type = action_type
            _instance.event = event
            _instance.environment_variables = environment_variables
            if len(d) == 3 + ("environmentVariables" in d):
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
    "script": "script",
    "actionType": "action_type",
    "event": "event",
    "environmentVariables": "environment_variables",
}
_JSON_NAMES = frozenset(
    (
        "script",
        "actionType",
        "event",
        "environmentVariables",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
from ..models.string_map import StringMap  # noqa: E402
