from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.custom_profile_field_ref import CustomProfileFieldRef
    from ..models.fields import Fields


T = TypeVar("T", bound="AccountCenter")


@_attrs_define
class AccountCenter:
    """Older Logto releases omit customCss (≥ 1.42.0), deleteAccountUrl (≥ 1.42.0), profileFields (≥ 1.42.0),
    webauthnRelatedOrigins (≥ 1.32.0).

    """

    tenant_id: str
    id: str
    enabled: bool
    fields: Fields
    webauthn_related_origins: list[str] | Unset = UNSET
    """ Sent by Logto 1.32.0 and later; older releases omit it (UNSET then). """
    delete_account_url: None | str | Unset = UNSET
    """ Sent by Logto 1.42.0 and later; older releases omit it (UNSET then). """
    custom_css: None | str | Unset = UNSET
    """ Sent by Logto 1.42.0 and later; older releases omit it (UNSET then). """
    profile_fields: list[CustomProfileFieldRef] | None | Unset = UNSET
    """ Sent by Logto 1.42.0 and later; older releases omit it (UNSET then). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
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
        tenant_id = self.tenant_id

        id = self.id

        enabled = self.enabled

        fields = self.fields.to_dict()

        webauthn_related_origins: list[str] | Unset = UNSET
        if not isinstance(self.webauthn_related_origins, Unset):
            webauthn_related_origins = self.webauthn_related_origins

        delete_account_url: None | str | Unset
        if isinstance(self.delete_account_url, Unset):
            delete_account_url = UNSET
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
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "enabled": enabled,
                "fields": fields,
            }
        )
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
            tenant_id = d["tenantId"]

            id = d["id"]

            enabled = d["enabled"]

            fields = Fields.from_dict(d["fields"])

            if len(d) == 4:  # only the required keys: every optional one is UNSET
                webauthn_related_origins = UNSET
                delete_account_url = UNSET
                custom_css = UNSET
                profile_fields = UNSET
            else:
                webauthn_related_origins: list[str] | Unset = d.get("webauthnRelatedOrigins", UNSET)

                delete_account_url: None | str | Unset = d.get("deleteAccountUrl", UNSET)

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
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.enabled = enabled
            _instance.fields = fields
            _instance.webauthn_related_origins = webauthn_related_origins
            _instance.delete_account_url = delete_account_url
            _instance.custom_css = custom_css
            _instance.profile_fields = profile_fields
            if len(d) == 4 or d.keys() <= _JSON_NAMES:
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
    "tenantId": "tenant_id",
    "id": "id",
    "enabled": "enabled",
    "fields": "fields",
    "webauthnRelatedOrigins": "webauthn_related_origins",
    "deleteAccountUrl": "delete_account_url",
    "customCss": "custom_css",
    "profileFields": "profile_fields",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
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
