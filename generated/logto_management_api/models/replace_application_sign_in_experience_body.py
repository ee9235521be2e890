from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.branding import Branding
    from ..models.color import Color


T = TypeVar("T", bound="ReplaceApplicationSignInExperienceBody")


@_attrs_define
class ReplaceApplicationSignInExperienceBody:
    terms_of_use_url: None | str
    privacy_policy_url: None | str
    color: Color | Unset = UNSET
    branding: Branding | Unset = UNSET
    custom_css: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("terms_of_use_url", self.terms_of_use_url),
                ("privacy_policy_url", self.privacy_policy_url),
                ("color", self.color),
                ("branding", self.branding),
                ("custom_css", self.custom_css),
                ("display_name", self.display_name),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        terms_of_use_url: None | str
        terms_of_use_url = self.terms_of_use_url

        privacy_policy_url: None | str
        privacy_policy_url = self.privacy_policy_url

        color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.to_dict()

        branding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branding, Unset):
            branding = self.branding.to_dict()

        custom_css: None | str | Unset
        if isinstance(self.custom_css, Unset):
            custom_css = UNSET
        else:
            custom_css = self.custom_css

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "termsOfUseUrl": terms_of_use_url,
                "privacyPolicyUrl": privacy_policy_url,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if branding is not UNSET:
            field_dict["branding"] = branding
        if custom_css is not UNSET:
            field_dict["customCss"] = custom_css
        if display_name is not UNSET:
            field_dict["displayName"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            terms_of_use_url: None | str = d["termsOfUseUrl"]

            privacy_policy_url: None | str = d["privacyPolicyUrl"]

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                color = UNSET
                branding = UNSET
                custom_css = UNSET
                display_name = UNSET
            else:
                _color = d.get("color", UNSET)
                color: Color | Unset
                if isinstance(_color, Unset):
                    color = UNSET
                else:
                    color = Color.from_dict(_color)

                _branding = d.get("branding", UNSET)
                branding: Branding | Unset
                if isinstance(_branding, Unset):
                    branding = UNSET
                else:
                    branding = Branding.from_dict(_branding)

                custom_css: None | str | Unset = d.get("customCss", UNSET)

                display_name: None | str | Unset = d.get("displayName", UNSET)

            _instance = cls.__new__(cls)
            _instance.terms_of_use_url = terms_of_use_url
            _instance.privacy_policy_url = privacy_policy_url
            _instance.color = color
            _instance.branding = branding
            _instance.custom_css = custom_css
            _instance.display_name = display_name
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
    "termsOfUseUrl": "terms_of_use_url",
    "privacyPolicyUrl": "privacy_policy_url",
    "color": "color",
    "branding": "branding",
    "customCss": "custom_css",
    "displayName": "display_name",
}
_JSON_NAMES = frozenset(
    (
        "termsOfUseUrl",
        "privacyPolicyUrl",
        "color",
        "branding",
        "customCss",
        "displayName",
    )
)


from ..models.branding import Branding  # noqa: E402
from ..models.color import Color  # noqa: E402
