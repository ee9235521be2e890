from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.social_connector_platform import (
    SocialConnectorPlatform,
    check_social_connector_platform,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.i18n_phrases import I18NPhrases


T = TypeVar("T", bound="SocialConnector")


@_attrs_define
class SocialConnector:
    id: str
    target: str
    name: I18NPhrases
    logo: str
    logo_dark: None | str
    platform: None | SocialConnectorPlatform
    from_email: str | Unset = UNSET
    is_standard: bool | Unset = UNSET
    is_token_storage_supported: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("target", self.target),
                ("name", self.name),
                ("logo", self.logo),
                ("logo_dark", self.logo_dark),
                ("platform", self.platform),
                ("from_email", self.from_email),
                ("is_standard", self.is_standard),
                ("is_token_storage_supported", self.is_token_storage_supported),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        target = self.target

        name = self.name.to_dict()

        logo = self.logo

        logo_dark: None | str
        logo_dark = self.logo_dark

        platform: None | str
        if isinstance(self.platform, str):
            platform = self.platform
        else:
            platform = self.platform

        from_email = self.from_email

        is_standard = self.is_standard

        is_token_storage_supported = self.is_token_storage_supported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target": target,
                "name": name,
                "logo": logo,
                "logoDark": logo_dark,
                "platform": platform,
            }
        )
        if from_email is not UNSET:
            field_dict["fromEmail"] = from_email
        if is_standard is not UNSET:
            field_dict["isStandard"] = is_standard
        if is_token_storage_supported is not UNSET:
            field_dict["isTokenStorageSupported"] = is_token_storage_supported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            target = d["target"]

            name = I18NPhrases.from_dict(d["name"])

            logo = d["logo"]

            logo_dark: None | str = d["logoDark"]

            _platform_data = d["platform"]
            platform: None | SocialConnectorPlatform
            if _platform_data is None:
                platform = _platform_data
            else:

                def _parse_platform(data: object) -> None | SocialConnectorPlatform:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        platform_type_1 = check_social_connector_platform(data)

                        return platform_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | SocialConnectorPlatform, data)

                platform = _parse_platform(_platform_data)

            if len(d) == 6:  # only the required keys: every optional one is UNSET
                from_email = UNSET
                is_standard = UNSET
                is_token_storage_supported = UNSET
            else:
                from_email = d.get("fromEmail", UNSET)

                is_standard = d.get("isStandard", UNSET)

                is_token_storage_supported = d.get("isTokenStorageSupported", UNSET)

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.target = target
            _instance.name = name
            _instance.logo = logo
            _instance.logo_dark = logo_dark
            _instance.platform = platform
            _instance.from_email = from_email
            _instance.is_standard = is_standard
            _instance.is_token_storage_supported = is_token_storage_supported
            if len(d) == 6 + ("fromEmail" in d) + ("isStandard" in d) + (
                "isTokenStorageSupported" in d
            ):
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
    "id": "id",
    "target": "target",
    "name": "name",
    "logo": "logo",
    "logoDark": "logo_dark",
    "platform": "platform",
    "fromEmail": "from_email",
    "isStandard": "is_standard",
    "isTokenStorageSupported": "is_token_storage_supported",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "target",
        "name",
        "logo",
        "logoDark",
        "platform",
        "fromEmail",
        "isStandard",
        "isTokenStorageSupported",
    )
)


from ..models.i18n_phrases import I18NPhrases  # noqa: E402
