from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.string_map import StringMap


T = TypeVar("T", bound="JwtCustomizerRequest")


@_attrs_define
class JwtCustomizerRequest:
    """
    Example:
        {}

    """

    script: str
    """ The script of the JWT customizer. """
    environment_variables: StringMap | Unset = UNSET
    """ A JSON object whose values are strings (headers, environment variables). """
    context_sample: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    token_sample: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    block_issuance_on_error: bool | Unset = UNSET
    """ Whether to block token issuance when the JWT customizer script fails. """
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
                ("token_sample", self.token_sample),
                ("block_issuance_on_error", self.block_issuance_on_error),
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

        context_sample: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context_sample, Unset):
            context_sample = dict(self.context_sample)

        token_sample: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_sample, Unset):
            token_sample = dict(self.token_sample)

        block_issuance_on_error = self.block_issuance_on_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "script": script,
            }
        )
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables
        if context_sample is not UNSET:
            field_dict["contextSample"] = context_sample
        if token_sample is not UNSET:
            field_dict["tokenSample"] = token_sample
        if block_issuance_on_error is not UNSET:
            field_dict["blockIssuanceOnError"] = block_issuance_on_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            script = d["script"]

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                environment_variables = UNSET
                context_sample = UNSET
                token_sample = UNSET
                block_issuance_on_error = UNSET
            else:
                _environment_variables = d.get("environmentVariables", UNSET)
                environment_variables: StringMap | Unset
                if isinstance(_environment_variables, Unset):
                    environment_variables = UNSET
                else:
                    environment_variables = dict(_environment_variables)

                _context_sample = d.get("contextSample", UNSET)
                context_sample: JsonObject | Unset
                if isinstance(_context_sample, Unset):
                    context_sample = UNSET
                else:
                    context_sample = dict(_context_sample)

                _token_sample = d.get("tokenSample", UNSET)
                token_sample: JsonObject | Unset
                if isinstance(_token_sample, Unset):
                    token_sample = UNSET
                else:
                    token_sample = dict(_token_sample)

                block_issuance_on_error = d.get("blockIssuanceOnError", UNSET)

            _instance = cls.__new__(cls)
            _instance.script = script
            _instance.environment_variables = environment_variables
            _instance.context_sample = context_sample
            _instance.token_sample = token_sample
            _instance.block_issuance_on_error = block_issuance_on_error
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
    "script": "script",
    "environmentVariables": "environment_variables",
    "contextSample": "context_sample",
    "tokenSample": "token_sample",
    "blockIssuanceOnError": "block_issuance_on_error",
}
_JSON_NAMES = frozenset(
    (
        "script",
        "environmentVariables",
        "contextSample",
        "tokenSample",
        "blockIssuanceOnError",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
from ..models.string_map import StringMap  # noqa: E402
