from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sso_identity import SsoIdentity
    from ..models.sso_identity_token_secret import SsoIdentityTokenSecret


T = TypeVar("T", bound="GetUserSsoIdentityResponse200")


@_attrs_define
class GetUserSsoIdentityResponse200:
    sso_identity: SsoIdentity
    token_secret: SsoIdentityTokenSecret | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("sso_identity", self.sso_identity),
                ("token_secret", self.token_secret),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        sso_identity = self.sso_identity.to_dict()

        token_secret: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_secret, Unset):
            token_secret = self.token_secret.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ssoIdentity": sso_identity,
            }
        )
        if token_secret is not UNSET:
            field_dict["tokenSecret"] = token_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sso_identity = SsoIdentity.from_dict(d.pop("ssoIdentity"))

        _token_secret = d.pop("tokenSecret", UNSET)
        token_secret: SsoIdentityTokenSecret | Unset
        if isinstance(_token_secret, Unset):
            token_secret = UNSET
        else:
            token_secret = SsoIdentityTokenSecret.from_dict(_token_secret)

        get_user_sso_identity_response_200 = cls(
            sso_identity=sso_identity,
            token_secret=token_secret,
        )

        get_user_sso_identity_response_200.additional_properties = d
        return get_user_sso_identity_response_200

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


from ..models.sso_identity import SsoIdentity  # noqa: E402
from ..models.sso_identity_token_secret import SsoIdentityTokenSecret  # noqa: E402
