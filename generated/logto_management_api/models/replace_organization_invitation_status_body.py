from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replace_organization_invitation_status_body_status import (
    ReplaceOrganizationInvitationStatusBodyStatus,
    check_replace_organization_invitation_status_body_status,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="ReplaceOrganizationInvitationStatusBody")


@_attrs_define
class ReplaceOrganizationInvitationStatusBody:
    status: ReplaceOrganizationInvitationStatusBodyStatus
    """ The status of the organization invitation. """
    accepted_user_id: None | str | Unset = UNSET
    """ The ID of the user who accepted the organization invitation. Required if the status is "Accepted". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("status", self.status),
                ("accepted_user_id", self.accepted_user_id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        accepted_user_id: None | str | Unset
        if isinstance(self.accepted_user_id, Unset):
            accepted_user_id = UNSET
        else:
            accepted_user_id = self.accepted_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if accepted_user_id is not UNSET:
            field_dict["acceptedUserId"] = accepted_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            status = check_replace_organization_invitation_status_body_status(d["status"])

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                accepted_user_id = UNSET
            else:
                accepted_user_id: None | str | Unset = d.get("acceptedUserId", UNSET)

            _instance = cls.__new__(cls)
            _instance.status = status
            _instance.accepted_user_id = accepted_user_id
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
    "status": "status",
    "acceptedUserId": "accepted_user_id",
}
_JSON_NAMES = frozenset(
    (
        "status",
        "acceptedUserId",
    )
)
