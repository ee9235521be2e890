from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_email_template_details_body_content_type import (
    UpdateEmailTemplateDetailsBodyContentType,
    check_update_email_template_details_body_content_type,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="UpdateEmailTemplateDetailsBody")


@_attrs_define
class UpdateEmailTemplateDetailsBody:
    subject: str | Unset = UNSET
    """ The template of the email subject. """
    content: str | Unset = UNSET
    """ The template of the email body. """
    content_type: UpdateEmailTemplateDetailsBodyContentType | Unset = UNSET
    """ The content type of the email body. (Only required by some specific email providers.) """
    reply_to: str | Unset = UNSET
    """ The reply name template of the email. If not provided, the target email address will be used. (The render
    logic may differ based on the email provider.) """
    send_from: str | Unset = UNSET
    """ The send from name template of the email. If not provided, the default Logto email address will be used.
    (The render logic may differ based on the email provider.) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("subject", self.subject),
                ("content", self.content),
                ("content_type", self.content_type),
                ("reply_to", self.reply_to),
                ("send_from", self.send_from),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        content = self.content

        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type

        reply_to = self.reply_to

        send_from = self.send_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if content is not UNSET:
            field_dict["content"] = content
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if reply_to is not UNSET:
            field_dict["replyTo"] = reply_to
        if send_from is not UNSET:
            field_dict["sendFrom"] = send_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                subject = UNSET
                content = UNSET
                content_type = UNSET
                reply_to = UNSET
                send_from = UNSET
            else:
                subject = d.get("subject", UNSET)

                content = d.get("content", UNSET)

                _content_type = d.get("contentType", UNSET)
                content_type: UpdateEmailTemplateDetailsBodyContentType | Unset
                if isinstance(_content_type, Unset):
                    content_type = UNSET
                else:
                    content_type = check_update_email_template_details_body_content_type(
                        _content_type
                    )

                reply_to = d.get("replyTo", UNSET)

                send_from = d.get("sendFrom", UNSET)

            _instance = cls.__new__(cls)
            _instance.subject = subject
            _instance.content = content
            _instance.content_type = content_type
            _instance.reply_to = reply_to
            _instance.send_from = send_from
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
    "subject": "subject",
    "content": "content",
    "contentType": "content_type",
    "replyTo": "reply_to",
    "sendFrom": "send_from",
}
_JSON_NAMES = frozenset(
    (
        "subject",
        "content",
        "contentType",
        "replyTo",
        "sendFrom",
    )
)
