from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generator,
    Literal,
    TextIO,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="CreateOrganizationInvitationBody")


@_attrs_define
class CreateOrganizationInvitationBody:
    invitee: str
    """ The email address of the user to invite to join the organization. """
    organization_id: str
    """ The ID of the organization to invite the user to join. """
    expires_at: float
    """ The epoch time in milliseconds when the invitation expires. """
    inviter_id: None | str | Unset = UNSET
    """ The ID of the user who is inviting the user to join the organization. """
    organization_role_ids: list[str] | Unset = UNSET
    """ The IDs of the organization roles to assign to the user when they accept the invitation. """
    message_payload: Literal[False] | Message | Unset = False
    """ The message payload for the "OrganizationInvitation" template to use when sending the invitation via email.
    If it is `false`, the invitation will not be sent via email. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("invitee", self.invitee),
                ("organization_id", self.organization_id),
                ("expires_at", self.expires_at),
                ("inviter_id", self.inviter_id),
                ("organization_role_ids", self.organization_role_ids),
                ("message_payload", self.message_payload),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        invitee = self.invitee

        organization_id = self.organization_id

        expires_at = self.expires_at

        inviter_id: None | str | Unset
        if isinstance(self.inviter_id, Unset):
            inviter_id = UNSET
        else:
            inviter_id = self.inviter_id

        organization_role_ids: list[str] | Unset = UNSET
        if not isinstance(self.organization_role_ids, Unset):
            organization_role_ids = self.organization_role_ids

        message_payload: dict[str, Any] | Literal[False] | Unset
        if isinstance(self.message_payload, Unset):
            message_payload = UNSET
        elif isinstance(self.message_payload, Message):
            message_payload = self.message_payload.to_dict()
        else:
            message_payload = self.message_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invitee": invitee,
                "organizationId": organization_id,
                "expiresAt": expires_at,
            }
        )
        if inviter_id is not UNSET:
            field_dict["inviterId"] = inviter_id
        if organization_role_ids is not UNSET:
            field_dict["organizationRoleIds"] = organization_role_ids
        if message_payload is not UNSET:
            field_dict["messagePayload"] = message_payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            invitee = d["invitee"]

            organization_id = d["organizationId"]

            expires_at = d["expiresAt"]

            if len(d) == 3:  # only the required keys: every optional one is UNSET
                inviter_id = UNSET
                organization_role_ids = UNSET
                message_payload = UNSET
            else:
                inviter_id: None | str | Unset = d.get("inviterId", UNSET)

                organization_role_ids: list[str] | Unset = d.get("organizationRoleIds", UNSET)

                _message_payload_data = d.get("messagePayload", UNSET)
                message_payload: Literal[False] | Message | Unset
                if _message_payload_data is UNSET:
                    message_payload = _message_payload_data
                else:

                    def _parse_message_payload(data: object) -> Literal[False] | Message | Unset:
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            message_payload_type_0 = Message.from_dict(data)

                            return message_payload_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        message_payload_type_1 = cast(Literal[False], data)
                        if message_payload_type_1 != False:
                            raise ValueError(
                                f"messagePayload_type_1 must match const False, got '{message_payload_type_1}'"
                            )
                        return message_payload_type_1

                    message_payload = _parse_message_payload(_message_payload_data)

            _instance = cls.__new__(cls)
            _instance.invitee = invitee
            _instance.organization_id = organization_id
            _instance.expires_at = expires_at
            _instance.inviter_id = inviter_id
            _instance.organization_role_ids = organization_role_ids
            _instance.message_payload = message_payload
            if len(d) == 3 or d.keys() <= _JSON_NAMES:
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
    "invitee": "invitee",
    "organizationId": "organization_id",
    "expiresAt": "expires_at",
    "inviterId": "inviter_id",
    "organizationRoleIds": "organization_role_ids",
    "messagePayload": "message_payload",
}
_JSON_NAMES = frozenset(
    (
        "invitee",
        "organizationId",
        "expiresAt",
        "inviterId",
        "organizationRoleIds",
        "messagePayload",
    )
)


from ..models.message import Message  # noqa: E402
