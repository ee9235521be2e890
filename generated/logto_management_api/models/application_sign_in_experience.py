from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.branding import Branding
    from ..models.color import Color


T = TypeVar("T", bound="ApplicationSignInExperience")


@_attrs_define
class ApplicationSignInExperience:
    """Older Logto releases omit customCss (≥ 1.32.0)."""

    tenant_id: str
    application_id: str
    color: Color
    branding: Branding
    terms_of_use_url: None | str
    privacy_policy_url: None | str
    display_name: None | str
    custom_css: None | str | Unset = UNSET
    """ Sent by Logto 1.32.0 and later; older releases omit it (UNSET then). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("application_id", self.application_id),
                ("color", self.color),
                ("branding", self.branding),
                ("terms_of_use_url", self.terms_of_use_url),
                ("privacy_policy_url", self.privacy_policy_url),
                ("display_name", self.display_name),
                ("custom_css", self.custom_css),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        application_id = self.application_id

        color = self.color.to_dict()

        branding = self.branding.to_dict()

        terms_of_use_url: None | str
        terms_of_use_url = self.terms_of_use_url

        privacy_policy_url: None | str
        privacy_policy_url = self.privacy_policy_url

        display_name: None | str
        display_name = self.display_name

        custom_css: None | str | Unset
        if isinstance(self.custom_css, Unset):
            custom_css = UNSET
        else:
            custom_css = self.custom_css

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "applicationId": application_id,
                "color": color,
                "branding": branding,
                "termsOfUseUrl": terms_of_use_url,
                "privacyPolicyUrl": privacy_policy_url,
                "displayName": display_name,
            }
        )
        if custom_css is not UNSET:
            field_dict["customCss"] = custom_css

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            application_id = d["applicationId"]

            color = Color.from_dict(d["color"])

            branding = Branding.from_dict(d["branding"])

            terms_of_use_url: None | str = d["termsOfUseUrl"]

            privacy_policy_url: None | str = d["privacyPolicyUrl"]

            display_name: None | str = d["displayName"]

            if len(d) == 7:  # only the required keys: every optional one is UNSET
                custom_css = UNSET
            else:
                custom_css: None | str | Unset = d.get("customCss", UNSET)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.application_id = application_id
            _instance.color = color
            _instance.branding = branding
            _instance.terms_of_use_url = terms_of_use_url
            _instance.privacy_policy_url = privacy_policy_url
            _instance.display_name = display_name
            _instance.custom_css = custom_css
            if len(d) == 7 + ("customCss" in d):
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
    "applicationId": "application_id",
    "color": "color",
    "branding": "branding",
    "termsOfUseUrl": "terms_of_use_url",
    "privacyPolicyUrl": "privacy_policy_url",
    "displayName": "display_name",
    "customCss": "custom_css",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "applicationId",
        "color",
        "branding",
        "termsOfUseUrl",
        "privacyPolicyUrl",
        "displayName",
        "customCss",
    )
)


from ..models.branding import Branding  # noqa: E402
from ..models.color import Color  # noqa: E402
