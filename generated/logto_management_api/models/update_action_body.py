from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_action_body_on_execution_error import (
    UpdateActionBodyOnExecutionError,
    check_update_action_body_on_execution_error,
)
from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.string_map import StringMap


T = TypeVar("T", bound="UpdateActionBody")


@_attrs_define
class UpdateActionBody:
    script: str | Unset = UNSET
    """ The action script. """
    environment_variables: StringMap | Unset = UNSET
    """ A JSON object whose values are strings (headers, environment variables). """
    context_sample: (
        bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str | Unset
    ) = UNSET
    """ The sample context for action script testing. """
    enabled: bool | Unset = UNSET
    """ Whether the action is enabled. """
    on_execution_error: UpdateActionBodyOnExecutionError | Unset = UNSET
    """ The action execution error handling policy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("script", self.script),
                (
                    "environment_variables",
                    MASKED if self.environment_variables else self.environment_variables,
                ),
                ("context_sample", self.context_sample),
                ("enabled", self.enabled),
                ("on_execution_error", self.on_execution_error),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        script = self.script

        environment_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = dict(self.environment_variables)

        context_sample: (
            bool
            | dict[str, Any]
            | float
            | list[bool | dict[str, Any] | float | None | str]
            | str
            | Unset
        )
        if isinstance(self.context_sample, Unset):
            context_sample = UNSET
        elif isinstance(self.context_sample, dict):
            context_sample = dict(self.context_sample)
        elif isinstance(self.context_sample, list):
            context_sample = []
            for context_sample_type_1_item_data in self.context_sample:
                context_sample_type_1_item: bool | dict[str, Any] | float | None | str
                if isinstance(context_sample_type_1_item_data, dict):
                    context_sample_type_1_item = dict(context_sample_type_1_item_data)
                else:
                    context_sample_type_1_item = context_sample_type_1_item_data
                context_sample.append(context_sample_type_1_item)

        else:
            context_sample = self.context_sample

        enabled = self.enabled

        on_execution_error: str | Unset = UNSET
        if not isinstance(self.on_execution_error, Unset):
            on_execution_error = self.on_execution_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script is not UNSET:
            field_dict["script"] = script
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables
        if context_sample is not UNSET:
            field_dict["contextSample"] = context_sample
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if on_execution_error is not UNSET:
            field_dict["onExecutionError"] = on_execution_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                script = UNSET
                environment_variables = UNSET
                context_sample = UNSET
                enabled = UNSET
                on_execution_error = UNSET
            else:
                script = d.get("script", UNSET)

                _environment_variables = d.get("environmentVariables", UNSET)
                environment_variables: StringMap | Unset
                if isinstance(_environment_variables, Unset):
                    environment_variables = UNSET
                else:
                    environment_variables = dict(_environment_variables)

                _context_sample_data = d.get("contextSample", UNSET)
                context_sample: (
                    bool
                    | float
                    | JsonObject
                    | list[bool | float | JsonObject | None | str]
                    | str
                    | Unset
                )
                if _context_sample_data is UNSET:
                    context_sample = _context_sample_data
                else:

                    def _parse_context_sample(
                        data: object,
                    ) -> (
                        bool
                        | float
                        | JsonObject
                        | list[bool | float | JsonObject | None | str]
                        | str
                        | Unset
                    ):
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            context_sample_type_0 = dict(data)

                            return context_sample_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, list):
                                raise TypeError()
                            context_sample_type_1 = []
                            _context_sample_type_1 = data
                            for context_sample_type_1_item_data in _context_sample_type_1:
                                _context_sample_type_1_item_data = context_sample_type_1_item_data
                                context_sample_type_1_item: bool | float | JsonObject | None | str
                                if _context_sample_type_1_item_data is None:
                                    context_sample_type_1_item = _context_sample_type_1_item_data
                                else:

                                    def _parse_context_sample_type_1_item(
                                        data: object,
                                    ) -> bool | float | JsonObject | None | str:
                                        if data is None:
                                            return data
                                        try:
                                            if not isinstance(data, dict):
                                                raise TypeError()
                                            context_sample_type_1_item_type_4 = dict(data)

                                            return context_sample_type_1_item_type_4
                                        except (TypeError, ValueError, AttributeError, KeyError):
                                            pass
                                        return cast(bool | float | JsonObject | None | str, data)

                                    context_sample_type_1_item = _parse_context_sample_type_1_item(
                                        _context_sample_type_1_item_data
                                    )

                                context_sample_type_1.append(context_sample_type_1_item)

                            return context_sample_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(
                            bool
                            | float
                            | JsonObject
                            | list[bool | float | JsonObject | None | str]
                            | str
                            | Unset,
                            data,
                        )

                    context_sample = _parse_context_sample(_context_sample_data)

                enabled = d.get("enabled", UNSET)

                _on_execution_error = d.get("onExecutionError", UNSET)
                on_execution_error: UpdateActionBodyOnExecutionError | Unset
                if isinstance(_on_execution_error, Unset):
                    on_execution_error = UNSET
                else:
                    on_execution_error = check_update_action_body_on_execution_error(
                        _on_execution_error
                    )

            _instance = cls.__new__(cls)
            _instance.script = script
            _instance.environment_variables = environment_variables
            _instance.context_sample = context_sample
            _instance.enabled = enabled
            _instance.on_execution_error = on_execution_error
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
    "script": "script",
    "environmentVariables": "environment_variables",
    "contextSample": "context_sample",
    "enabled": "enabled",
    "onExecutionError": "on_execution_error",
}
_JSON_NAMES = frozenset(
    (
        "script",
        "environmentVariables",
        "contextSample",
        "enabled",
        "onExecutionError",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
from ..models.string_map import StringMap  # noqa: E402
