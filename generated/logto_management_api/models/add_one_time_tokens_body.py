from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.one_time_token_context import OneTimeTokenContext


T = TypeVar("T", bound="AddOneTimeTokensBody")


@_attrs_define
class AddOneTimeTokensBody:
    email: str
    """ The email address to associate with the one-time token. """
    context: OneTimeTokenContext | Unset = UNSET
    expires_in: float | Unset = UNSET
    """ The expiration time in seconds. If not provided, defaults to 10 mins (600 seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("email", self.email),
                ("context", self.context),
                ("expires_in", self.expires_in),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            email = d["email"]

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                context = UNSET
                expires_in = UNSET
            else:
                _context = d.get("context", UNSET)
                context: OneTimeTokenContext | Unset
                if isinstance(_context, Unset):
                    context = UNSET
                else:
                    context = OneTimeTokenContext.from_dict(_context)

                expires_in = d.get("expiresIn", UNSET)

            _instance = cls.__new__(cls)
            _instance.email = email
            _instance.context = context
            _instance.expires_in = expires_in
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
    "email": "email",
    "context": "context",
    "expiresIn": "expires_in",
}
_JSON_NAMES = frozenset(
    (
        "email",
        "context",
        "expiresIn",
    )
)


from ..models.one_time_token_context import OneTimeTokenContext  # noqa: E402
