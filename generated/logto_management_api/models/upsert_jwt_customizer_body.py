from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpsertJwtCustomizerBody")


@_attrs_define
class UpsertJwtCustomizerBody:
    """
    Example:
        {}

    """

    script: Any | Unset = UNSET
    """ The script of the JWT customizer. """
    environment_variables: Any | Unset = UNSET
    """ The environment variables for the JWT customizer. """
    context_sample: Any | Unset = UNSET
    """ The sample context for the JWT customizer script testing purpose. """
    token_sample: Any | Unset = UNSET
    """ The sample raw token payload for the JWT customizer script testing purpose. """
    block_issuance_on_error: Any | Unset = UNSET
    """ Whether to block token issuance when the JWT customizer script fails. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script = self.script

        environment_variables = self.environment_variables

        context_sample = self.context_sample

        token_sample = self.token_sample

        block_issuance_on_error = self.block_issuance_on_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script is not UNSET:
            field_dict["script"] = script
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
        d = src_dict
        if len(d) == 0:  # only the required keys: every optional one is UNSET
            script = UNSET
            environment_variables = UNSET
            context_sample = UNSET
            token_sample = UNSET
            block_issuance_on_error = UNSET
        else:
            script = d.get("script", UNSET)

            environment_variables = d.get("environmentVariables", UNSET)

            context_sample = d.get("contextSample", UNSET)

            token_sample = d.get("tokenSample", UNSET)

            block_issuance_on_error = d.get("blockIssuanceOnError", UNSET)

        _instance = cls.__new__(cls)
        _instance.script = script
        _instance.environment_variables = environment_variables
        _instance.context_sample = context_sample
        _instance.token_sample = token_sample
        _instance.block_issuance_on_error = block_issuance_on_error
        if len(d) == 0 or d.keys() <= _JSON_NAMES:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {k: v for k, v in d.items() if k not in _JSON_NAMES}
        return _instance

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


_JSON_NAMES = frozenset(
    (
        "script",
        "environmentVariables",
        "contextSample",
        "tokenSample",
        "blockIssuanceOnError",
    )
)
