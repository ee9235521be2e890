from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.custom_profile_field_ref import CustomProfileFieldRef
    from ..models.fields import Fields
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="UpdateAccountCenterSettingsBody")


@_attrs_define
class UpdateAccountCenterSettingsBody:
    enabled: bool | Unset = UNSET
    """ Enable or disable the account API. """
    fields: Fields | Unset = UNSET
    webauthn_related_origins: list[str] | Unset = UNSET
    """ The allowed domains for webauthn. """
    delete_account_url: JsonObject | None | Unset = UNSET
    custom_css: None | str | Unset = UNSET
    profile_fields: list[CustomProfileFieldRef] | None | Unset = UNSET
    """ Ordered list of custom profile fields to show in the prebuilt account center. Each entry references an
    existing field by name in the custom profile fields catalog. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("enabled", self.enabled),
                ("fields", self.fields),
                ("webauthn_related_origins", self.webauthn_related_origins),
                ("delete_account_url", self.delete_account_url),
                ("custom_css", self.custom_css),
                ("profile_fields", self.profile_fields),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        webauthn_related_origins: list[str] | Unset = UNSET
        if not isinstance(self.webauthn_related_origins, Unset):
            webauthn_related_origins = self.webauthn_related_origins

        delete_account_url: dict[str, Any] | None | Unset
        if isinstance(self.delete_account_url, Unset):
            delete_account_url = UNSET
        elif isinstance(self.delete_account_url, dict):
            delete_account_url = dict(self.delete_account_url)
        else:
            delete_account_url = self.delete_account_url

        custom_css: None | str | Unset
        if isinstance(self.custom_css, Unset):
            custom_css = UNSET
        else:
            custom_css = self.custom_css

        profile_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.profile_fields, Unset):
            profile_fields = UNSET
        elif isinstance(self.profile_fields, list):
            profile_fields = []
            for profile_fields_type_0_item_data in self.profile_fields:
                profile_fields_type_0_item = profile_fields_type_0_item_data.to_dict()
                profile_fields.append(profile_fields_type_0_item)

        else:
            profile_fields = self.profile_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if fields is not UNSET:
            field_dict["fields"] = fields
        if webauthn_related_origins is not UNSET:
            field_dict["webauthnRelatedOrigins"] = webauthn_related_origins
        if delete_account_url is not UNSET:
            field_dict["deleteAccountUrl"] = delete_account_url
        if custom_css is not UNSET:
            field_dict["customCss"] = custom_css
        if profile_fields is not UNSET:
            field_dict["profileFields"] = profile_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                enabled = UNSET
                fields = UNSET
                webauthn_related_origins = UNSET
                delete_account_url = UNSET
                custom_css = UNSET
                profile_fields = UNSET
            else:
                enabled = d.get("enabled", UNSET)

                _fields = d.get("fields", UNSET)
                fields: Fields | Unset
                if isinstance(_fields, Unset):
                    fields = UNSET
                else:
                    fields = Fields.from_dict(_fields)

                webauthn_related_origins: list[str] | Unset = d.get("webauthnRelatedOrigins", UNSET)

                _delete_account_url_data = d.get("deleteAccountUrl", UNSET)
                delete_account_url: JsonObject | None | Unset
                if _delete_account_url_data is None or _delete_account_url_data is UNSET:
                    delete_account_url = _delete_account_url_data
                else:

                    def _parse_delete_account_url(data: object) -> JsonObject | None | Unset:
                        if data is None:
                            return data
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            delete_account_url_type_1 = dict(data)

                            return delete_account_url_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(JsonObject | None | Unset, data)

                    delete_account_url = _parse_delete_account_url(_delete_account_url_data)

                custom_css: None | str | Unset = d.get("customCss", UNSET)

                _profile_fields_data = d.get("profileFields", UNSET)
                profile_fields: list[CustomProfileFieldRef] | None | Unset
                if _profile_fields_data is None or _profile_fields_data is UNSET:
                    profile_fields = _profile_fields_data
                else:

                    def _parse_profile_fields(
                        data: object,
                    ) -> list[CustomProfileFieldRef] | None | Unset:
                        if data is None:
                            return data
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, list):
                                raise TypeError()
                            profile_fields_type_0 = []
                            _profile_fields_type_0 = data
                            for profile_fields_type_0_item_data in _profile_fields_type_0:
                                profile_fields_type_0_item = CustomProfileFieldRef.from_dict(
                                    profile_fields_type_0_item_data
                                )

                                profile_fields_type_0.append(profile_fields_type_0_item)

                            return profile_fields_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(list[CustomProfileFieldRef] | None | Unset, data)

                    profile_fields = _parse_profile_fields(_profile_fields_data)

            _instance = cls.__new__(cls)
            _instance.enabled = enabled
            _instance.fields = fields
            _instance.webauthn_related_origins = webauthn_related_origins
            _instance.delete_account_url = delete_account_url
            _instance.custom_css = custom_css
            _instance.profile_fields = profile_fields
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
    "enabled": "enabled",
    "fields": "fields",
    "webauthnRelatedOrigins": "webauthn_related_origins",
    "deleteAccountUrl": "delete_account_url",
    "customCss": "custom_css",
    "profileFields": "profile_fields",
}
_JSON_NAMES = frozenset(
    (
        "enabled",
        "fields",
        "webauthnRelatedOrigins",
        "deleteAccountUrl",
        "customCss",
        "profileFields",
    )
)


from ..models.custom_profile_field_ref import CustomProfileFieldRef  # noqa: E402
from ..models.fields import Fields  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
