from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="OidcClientMetadata")


@_attrs_define
class OidcClientMetadata:
    redirect_uris: list[str]
    post_logout_redirect_uris: list[str]
    backchannel_logout_uri: str | Unset = UNSET
    backchannel_logout_session_required: bool | Unset = UNSET
    logo_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("redirect_uris", self.redirect_uris),
                ("post_logout_redirect_uris", self.post_logout_redirect_uris),
                ("backchannel_logout_uri", self.backchannel_logout_uri),
                ("backchannel_logout_session_required", self.backchannel_logout_session_required),
                ("logo_uri", self.logo_uri),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        redirect_uris = self.redirect_uris

        post_logout_redirect_uris = self.post_logout_redirect_uris

        backchannel_logout_uri = self.backchannel_logout_uri

        backchannel_logout_session_required = self.backchannel_logout_session_required

        logo_uri = self.logo_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redirectUris": redirect_uris,
                "postLogoutRedirectUris": post_logout_redirect_uris,
            }
        )
        if backchannel_logout_uri is not UNSET:
            field_dict["backchannelLogoutUri"] = backchannel_logout_uri
        if backchannel_logout_session_required is not UNSET:
            field_dict["backchannelLogoutSessionRequired"] = backchannel_logout_session_required
        if logo_uri is not UNSET:
            field_dict["logoUri"] = logo_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            redirect_uris: list[str] = d["redirectUris"]

            post_logout_redirect_uris: list[str] = d["postLogoutRedirectUris"]

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                backchannel_logout_uri = UNSET
                backchannel_logout_session_required = UNSET
                logo_uri = UNSET
            else:
                backchannel_logout_uri = d.get("backchannelLogoutUri", UNSET)

                backchannel_logout_session_required = d.get(
                    "backchannelLogoutSessionRequired", UNSET
                )

                logo_uri = d.get("logoUri", UNSET)

            _instance = cls.__new__(cls)
            _instance.redirect_uris = redirect_uris
            _instance.post_logout_redirect_uris = post_logout_redirect_uris
            _instance.backchannel_logout_uri = backchannel_logout_uri
            _instance.backchannel_logout_session_required = backchannel_logout_session_required
            _instance.logo_uri = logo_uri
            if len(d) == 2 or d.keys() <= _JSON_NAMES:
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
    "redirectUris": "redirect_uris",
    "postLogoutRedirectUris": "post_logout_redirect_uris",
    "backchannelLogoutUri": "backchannel_logout_uri",
    "backchannelLogoutSessionRequired": "backchannel_logout_session_required",
    "logoUri": "logo_uri",
}
_JSON_NAMES = frozenset(
    (
        "redirectUris",
        "postLogoutRedirectUris",
        "backchannelLogoutUri",
        "backchannelLogoutSessionRequired",
        "logoUri",
    )
)
