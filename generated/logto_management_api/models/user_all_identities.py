from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.social_identity_entry import SocialIdentityEntry
    from ..models.sso_identity_entry import SsoIdentityEntry


T = TypeVar("T", bound="UserAllIdentities")


@_attrs_define
class UserAllIdentities:
    social_identities: list[SocialIdentityEntry]
    """ The user's social identities. """
    sso_identities: list[SsoIdentityEntry]
    """ The user's enterprise SSO identities. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("social_identities", self.social_identities),
                ("sso_identities", self.sso_identities),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        social_identities = []
        for social_identities_item_data in self.social_identities:
            social_identities_item = social_identities_item_data.to_dict()
            social_identities.append(social_identities_item)

        sso_identities = []
        for sso_identities_item_data in self.sso_identities:
            sso_identities_item = sso_identities_item_data.to_dict()
            sso_identities.append(sso_identities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "socialIdentities": social_identities,
                "ssoIdentities": sso_identities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            social_identities = []
            _social_identities = d["socialIdentities"]
            for social_identities_item_data in _social_identities:
                social_identities_item = SocialIdentityEntry.from_dict(social_identities_item_data)

                social_identities.append(social_identities_item)

            sso_identities = []
            _sso_identities = d["ssoIdentities"]
            for sso_identities_item_data in _sso_identities:
                sso_identities_item = SsoIdentityEntry.from_dict(sso_identities_item_data)

                sso_identities.append(sso_identities_item)

            _instance = cls.__new__(cls)
            _instance.social_identities = social_identities
            _instance.sso_identities = sso_identities
            if len(d) == 2:
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
    "socialIdentities": "social_identities",
    "ssoIdentities": "sso_identities",
}
_JSON_NAMES = frozenset(
    (
        "socialIdentities",
        "ssoIdentities",
    )
)


from ..models.social_identity_entry import SocialIdentityEntry  # noqa: E402
from ..models.sso_identity_entry import SsoIdentityEntry  # noqa: E402
