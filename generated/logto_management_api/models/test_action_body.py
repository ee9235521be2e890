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
    from ..models.test_action_body_environment_variables import (
        TestActionBodyEnvironmentVariables,
    )
    from ..models.test_action_body_event_type_0 import TestActionBodyEventType0
    from ..models.test_action_body_event_type_1_item_type_4 import (
        TestActionBodyEventType1ItemType4,
    )
    from ..models.test_action_body_event_type_5_type_0 import (
        TestActionBodyEventType5Type0,
    )
    from ..models.test_action_body_event_type_5_type_1_item_type_4 import (
        TestActionBodyEventType5Type1ItemType4,
    )
    from ..models.test_action_body_event_type_6_type_0 import (
        TestActionBodyEventType6Type0,
    )
    from ..models.test_action_body_event_type_6_type_1_item_type_4 import (
        TestActionBodyEventType6Type1ItemType4,
    )


T = TypeVar("T", bound="TestActionBody")


@_attrs_define
class TestActionBody:
    script: str
    """ The action script to test. """
    action_type: TestActionBodyActionType
    """ The action type to test. """
    event: (
        bool
        | float
        | list[bool | float | None | str | TestActionBodyEventType1ItemType4]
        | list[bool | float | None | str | TestActionBodyEventType5Type1ItemType4]
        | list[bool | float | None | str | TestActionBodyEventType6Type1ItemType4]
        | str
        | TestActionBodyEventType0
        | TestActionBodyEventType5Type0
        | TestActionBodyEventType6Type0
    )
    """ The sample event for action script testing. """
    environment_variables: TestActionBodyEnvironmentVariables | Unset = UNSET
    """ The environment variables for the action script. """
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
        if isinstance(self.event, TestActionBodyEventType0):
            event = self.event.to_dict()
        elif isinstance(self.event, list):
            event = []
            for event_type_1_item_data in self.event:
                event_type_1_item: bool | dict[str, Any] | float | None | str
                if isinstance(event_type_1_item_data, TestActionBodyEventType1ItemType4):
                    event_type_1_item = event_type_1_item_data.to_dict()
                else:
                    event_type_1_item = event_type_1_item_data
                event.append(event_type_1_item)

        elif isinstance(self.event, TestActionBodyEventType5Type0):
            event = self.event.to_dict()
        elif isinstance(self.event, list):
            event = []
            for event_type_5_type_1_item_data in self.event:
                event_type_5_type_1_item: bool | dict[str, Any] | float | None | str
                if isinstance(
                    event_type_5_type_1_item_data, TestActionBodyEventType5Type1ItemType4
                ):
                    event_type_5_type_1_item = event_type_5_type_1_item_data.to_dict()
                else:
                    event_type_5_type_1_item = event_type_5_type_1_item_data
                event.append(event_type_5_type_1_item)

        elif isinstance(self.event, TestActionBodyEventType6Type0):
            event = self.event.to_dict()
        elif isinstance(self.event, list):
            event = []
            for event_type_6_type_1_item_data in self.event:
                event_type_6_type_1_item: bool | dict[str, Any] | float | None | str
                if isinstance(
                    event_type_6_type_1_item_data, TestActionBodyEventType6Type1ItemType4
                ):
                    event_type_6_type_1_item = event_type_6_type_1_item_data.to_dict()
                else:
                    event_type_6_type_1_item = event_type_6_type_1_item_data
                event.append(event_type_6_type_1_item)

        else:
            event = self.event

        environment_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = self.environment_variables.to_dict()

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
            ) -> (
                bool
                | float
                | list[bool | float | None | str | TestActionBodyEventType1ItemType4]
                | list[bool | float | None | str | TestActionBodyEventType5Type1ItemType4]
                | list[bool | float | None | str | TestActionBodyEventType6Type1ItemType4]
                | str
                | TestActionBodyEventType0
                | TestActionBodyEventType5Type0
                | TestActionBodyEventType6Type0
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    event_type_0 = TestActionBodyEventType0.from_dict(data)

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
                        event_type_1_item: (
                            bool | float | None | str | TestActionBodyEventType1ItemType4
                        )
                        if _event_type_1_item_data is None:
                            event_type_1_item = _event_type_1_item_data
                        else:

                            def _parse_event_type_1_item(
                                data: object,
                            ) -> bool | float | None | str | TestActionBodyEventType1ItemType4:
                                if data is None:
                                    return data
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    event_type_1_item_type_4 = (
                                        TestActionBodyEventType1ItemType4.from_dict(data)
                                    )

                                    return event_type_1_item_type_4
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                                return cast(
                                    bool | float | None | str | TestActionBodyEventType1ItemType4,
                                    data,
                                )

                            event_type_1_item = _parse_event_type_1_item(_event_type_1_item_data)

                        event_type_1.append(event_type_1_item)

                    return event_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    event_type_5_type_0 = TestActionBodyEventType5Type0.from_dict(data)

                    return event_type_5_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    event_type_5_type_1 = []
                    _event_type_5_type_1 = data
                    for event_type_5_type_1_item_data in _event_type_5_type_1:
                        _event_type_5_type_1_item_data = event_type_5_type_1_item_data
                        event_type_5_type_1_item: (
                            bool | float | None | str | TestActionBodyEventType5Type1ItemType4
                        )
                        if _event_type_5_type_1_item_data is None:
                            event_type_5_type_1_item = _event_type_5_type_1_item_data
                        else:

                            def _parse_event_type_5_type_1_item(
                                data: object,
                            ) -> bool | float | None | str | TestActionBodyEventType5Type1ItemType4:
                                if data is None:
                                    return data
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    event_type_5_type_1_item_type_4 = (
                                        TestActionBodyEventType5Type1ItemType4.from_dict(data)
                                    )

                                    return event_type_5_type_1_item_type_4
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                                return cast(
                                    bool
                                    | float
                                    | None
                                    | str
                                    | TestActionBodyEventType5Type1ItemType4,
                                    data,
                                )

                            event_type_5_type_1_item = _parse_event_type_5_type_1_item(
                                _event_type_5_type_1_item_data
                            )

                        event_type_5_type_1.append(event_type_5_type_1_item)

                    return event_type_5_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    event_type_6_type_0 = TestActionBodyEventType6Type0.from_dict(data)

                    return event_type_6_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    event_type_6_type_1 = []
                    _event_type_6_type_1 = data
                    for event_type_6_type_1_item_data in _event_type_6_type_1:
                        _event_type_6_type_1_item_data = event_type_6_type_1_item_data
                        event_type_6_type_1_item: (
                            bool | float | None | str | TestActionBodyEventType6Type1ItemType4
                        )
                        if _event_type_6_type_1_item_data is None:
                            event_type_6_type_1_item = _event_type_6_type_1_item_data
                        else:

                            def _parse_event_type_6_type_1_item(
                                data: object,
                            ) -> bool | float | None | str | TestActionBodyEventType6Type1ItemType4:
                                if data is None:
                                    return data
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    event_type_6_type_1_item_type_4 = (
                                        TestActionBodyEventType6Type1ItemType4.from_dict(data)
                                    )

                                    return event_type_6_type_1_item_type_4
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                                return cast(
                                    bool
                                    | float
                                    | None
                                    | str
                                    | TestActionBodyEventType6Type1ItemType4,
                                    data,
                                )

                            event_type_6_type_1_item = _parse_event_type_6_type_1_item(
                                _event_type_6_type_1_item_data
                            )

                        event_type_6_type_1.append(event_type_6_type_1_item)

                    return event_type_6_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    bool
                    | float
                    | list[bool | float | None | str | TestActionBodyEventType1ItemType4]
                    | list[bool | float | None | str | TestActionBodyEventType5Type1ItemType4]
                    | list[bool | float | None | str | TestActionBodyEventType6Type1ItemType4]
                    | str
                    | TestActionBodyEventType0
                    | TestActionBodyEventType5Type0
                    | TestActionBodyEventType6Type0,
                    data,
                )

            event = _parse_event(d["event"])

            if len(d) == 3:  # only the required keys: every optional one is UNSET
                environment_variables = UNSET
            else:
                _environment_variables = d.get("environmentVariables", UNSET)
                environment_variables: TestActionBodyEnvironmentVariables | Unset
                if isinstance(_environment_variables, Unset):
                    environment_variables = UNSET
                else:
                    environment_variables = TestActionBodyEnvironmentVariables.from_dict(
                        _environment_variables
                    )

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


from ..models.test_action_body_environment_variables import (
    TestActionBodyEnvironmentVariables,  # noqa: E402
)
from ..models.test_action_body_event_type_0 import TestActionBodyEventType0  # noqa: E402
from ..models.test_action_body_event_type_1_item_type_4 import (
    TestActionBodyEventType1ItemType4,  # noqa: E402
)
from ..models.test_action_body_event_type_5_type_0 import TestActionBodyEventType5Type0  # noqa: E402
from ..models.test_action_body_event_type_5_type_1_item_type_4 import (
    TestActionBodyEventType5Type1ItemType4,  # noqa: E402
)
from ..models.test_action_body_event_type_6_type_0 import TestActionBodyEventType6Type0  # noqa: E402
from ..models.test_action_body_event_type_6_type_1_item_type_4 import (
    TestActionBodyEventType6Type1ItemType4,  # noqa: E402
)
