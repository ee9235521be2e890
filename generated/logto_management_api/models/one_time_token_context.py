from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.one_time_token_context_interaction_event import (
    OneTimeTokenContextInteractionEvent,
    check_one_time_token_context_interaction_event,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="OneTimeTokenContext")


@_attrs_define
class OneTimeTokenContext:
    jit_organization_ids: list[str] | Unset = UNSET
    interaction_event: OneTimeTokenContextInteractionEvent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("jit_organization_ids", self.jit_organization_ids),
                ("interaction_event", self.interaction_event),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        jit_organization_ids: list[str] | Unset = UNSET
        if not isinstance(self.jit_organization_ids, Unset):
            jit_organization_ids = self.jit_organization_ids

        interaction_event: str | Unset = UNSET
        if not isinstance(self.interaction_event, Unset):
            interaction_event = self.interaction_event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jit_organization_ids is not UNSET:
            field_dict["jitOrganizationIds"] = jit_organization_ids
        if interaction_event is not UNSET:
            field_dict["interactionEvent"] = interaction_event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                jit_organization_ids = UNSET
                interaction_event = UNSET
            else:
                jit_organization_ids: list[str] | Unset = d.get("jitOrganizationIds", UNSET)

                _interaction_event = d.get("interactionEvent", UNSET)
                interaction_event: OneTimeTokenContextInteractionEvent | Unset
                if isinstance(_interaction_event, Unset):
                    interaction_event = UNSET
                else:
                    interaction_event = check_one_time_token_context_interaction_event(
                        _interaction_event
                    )

            _instance = cls.__new__(cls)
            _instance.jit_organization_ids = jit_organization_ids
            _instance.interaction_event = interaction_event
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
    "jitOrganizationIds": "jit_organization_ids",
    "interactionEvent": "interaction_event",
}
_JSON_NAMES = frozenset(
    (
        "jitOrganizationIds",
        "interactionEvent",
    )
)
