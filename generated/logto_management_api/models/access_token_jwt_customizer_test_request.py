from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_token_jwt_customizer_test_request_token_type import (
    AccessTokenJwtCustomizerTestRequestTokenType,
    check_access_token_jwt_customizer_test_request_token_type,
)
from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.context_sample import ContextSample
    from ..models.string_map import StringMap
    from ..models.token_sample import TokenSample


T = TypeVar("T", bound="AccessTokenJwtCustomizerTestRequest")


@_attrs_define
class AccessTokenJwtCustomizerTestRequest:
    token_type: AccessTokenJwtCustomizerTestRequestTokenType
    script: str
    token: TokenSample
    context: ContextSample
    environment_variables: StringMap | Unset = UNSET
    """ A JSON object whose values are strings (headers, environment variables). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("token_type", self.token_type),
                ("script", self.script),
                ("token", self.token),
                ("context", self.context),
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
        token_type: str = self.token_type

        script = self.script

        token = self.token.to_dict()

        context = self.context.to_dict()

        environment_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = dict(self.environment_variables)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenType": token_type,
                "script": script,
                "token": token,
                "context": context,
            }
        )
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            token_type = check_access_token_jwt_customizer_test_request_token_type(d["tokenType"])

            script = d["script"]

            token = TokenSample.from_dict(d["token"])

            context = ContextSample.from_dict(d["context"])

            if len(d) == 4:  # only the required keys: every optional one is UNSET
                environment_variables = UNSET
            else:
                _environment_variables = d.get("environmentVariables", UNSET)
                environment_variables: StringMap | Unset
                if isinstance(_environment_variables, Unset):
                    environment_variables = UNSET
                else:
                    environment_variables = dict(_environment_variables)

            _instance = cls.__new__(cls)
            _instance.token_type = token_type
            _instance.script = script
            _instance.token = token
            _instance.context = context
            _instance.environment_variables = environment_variables
            if len(d) == 4 + ("environmentVariables" in d):
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
    "tokenType": "token_type",
    "script": "script",
    "token": "token",
    "context": "context",
    "environmentVariables": "environment_variables",
}
_JSON_NAMES = frozenset(
    (
        "tokenType",
        "script",
        "token",
        "context",
        "environmentVariables",
    )
)


from ..models.context_sample import ContextSample  # noqa: E402
from ..models.string_map import StringMap  # noqa: E402
from ..models.token_sample import TokenSample  # noqa: E402
