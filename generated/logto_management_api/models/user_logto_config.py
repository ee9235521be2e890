from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.user_logto_config_mfa import UserLogtoConfigMfa
    from ..models.user_logto_config_passkey_sign_in import UserLogtoConfigPasskeySignIn


T = TypeVar("T", bound="UserLogtoConfig")


@_attrs_define
class UserLogtoConfig:
    """Older Logto releases omit passkeySignIn (≥ 1.42.0)."""

    mfa: UserLogtoConfigMfa
    """ Older Logto releases omit skipMfaOnSignIn (≥ 1.42.0). """
    passkey_sign_in: UserLogtoConfigPasskeySignIn | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("mfa", self.mfa),
                ("passkey_sign_in", self.passkey_sign_in),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        mfa = self.mfa.to_dict()

        passkey_sign_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.passkey_sign_in, Unset):
            passkey_sign_in = self.passkey_sign_in.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mfa": mfa,
            }
        )
        if passkey_sign_in is not UNSET:
            field_dict["passkeySignIn"] = passkey_sign_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            mfa = UserLogtoConfigMfa.from_dict(d["mfa"])

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                passkey_sign_in = UNSET
            else:
                _passkey_sign_in = d.get("passkeySignIn", UNSET)
                passkey_sign_in: UserLogtoConfigPasskeySignIn | Unset
                if isinstance(_passkey_sign_in, Unset):
                    passkey_sign_in = UNSET
                else:
                    passkey_sign_in = UserLogtoConfigPasskeySignIn.from_dict(_passkey_sign_in)

            _instance = cls.__new__(cls)
            _instance.mfa = mfa
            _instance.passkey_sign_in = passkey_sign_in
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
    "mfa": "mfa",
    "passkeySignIn": "passkey_sign_in",
}
_JSON_NAMES = frozenset(
    (
        "mfa",
        "passkeySignIn",
    )
)


from ..models.user_logto_config_mfa import UserLogtoConfigMfa  # noqa: E402
from ..models.user_logto_config_passkey_sign_in import UserLogtoConfigPasskeySignIn  # noqa: E402
