from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CreateConnectorTestBody")


@_attrs_define
class CreateConnectorTestBody:
    config: JsonObject
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    phone: str | Unset = UNSET
    """ Phone number to send test message to. If this is set, email will be ignored. """
    email: str | Unset = UNSET
    """ Email address to send test message to. If phone is set, this will be ignored. """
    locale: str | Unset = UNSET
    """ Preferred language for the message. If not set, the default language will be used. (Applicable only when
    custom i18n templates are configured.) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("config", MASKED if self.config else self.config),
                ("phone", self.phone),
                ("email", self.email),
                ("locale", self.locale),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        config = dict(self.config)

        phone = self.phone

        email = self.email

        locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            config = dict(d["config"])

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                phone = UNSET
                email = UNSET
                locale = UNSET
            else:
                phone = d.get("phone", UNSET)

                email = d.get("email", UNSET)

                locale = d.get("locale", UNSET)

            _instance = cls.__new__(cls)
            _instance.config = config
            _instance.phone = phone
            _instance.email = email
            _instance.locale = locale
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
    "config": "config",
    "phone": "phone",
    "email": "email",
    "locale": "locale",
}
_JSON_NAMES = frozenset(
    (
        "config",
        "phone",
        "email",
        "locale",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
