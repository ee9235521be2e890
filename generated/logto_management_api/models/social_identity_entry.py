from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.identities import Identities
    from ..models.token_secret import TokenSecret


T = TypeVar("T", bound="SocialIdentityEntry")


@_attrs_define
class SocialIdentityEntry:
    identity: Identities
    target: str
    token_secret: TokenSecret | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("identity", self.identity),
                ("target", self.target),
                ("token_secret", MASKED if self.token_secret else self.token_secret),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        identity = self.identity.to_dict()

        target = self.target

        token_secret: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_secret, Unset):
            token_secret = self.token_secret.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identity": identity,
                "target": target,
            }
        )
        if token_secret is not UNSET:
            field_dict["tokenSecret"] = token_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            identity = Identities.from_dict(d["identity"])

            target = d["target"]

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                token_secret = UNSET
            else:
                _token_secret = d.get("tokenSecret", UNSET)
                token_secret: TokenSecret | Unset
                if isinstance(_token_secret, Unset):
                    token_secret = UNSET
                else:
                    token_secret = TokenSecret.from_dict(_token_secret)

            _instance = cls.__new__(cls)
            _instance.identity = identity
            _instance.target = target
            _instance.token_secret = token_secret
            if len(d) == 2 + ("tokenSecret" in d):
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
    "identity": "identity",
    "target": "target",
    "tokenSecret": "token_secret",
}
_JSON_NAMES = frozenset(
    (
        "identity",
        "target",
        "tokenSecret",
    )
)


from ..models.identities import Identities  # noqa: E402
from ..models.token_secret import TokenSecret  # noqa: E402
