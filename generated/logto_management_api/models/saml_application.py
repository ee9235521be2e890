from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_type import ApplicationType, check_application_type
from ..models.saml_application_name_id_format import (
    SamlApplicationNameIdFormat,
    check_saml_application_name_id_format,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.acs_url import AcsUrl
    from ..models.attribute_mapping import AttributeMapping
    from ..models.json_object import JsonObject
    from ..models.saml_encryption import SamlEncryption


T = TypeVar("T", bound="SamlApplication")


@_attrs_define
class SamlApplication:
    """Older Logto releases omit appLevelAccessControlEnabled (≥ 1.42.0)."""

    tenant_id: str
    id: str
    name: str
    description: None | str
    type_: ApplicationType
    custom_data: JsonObject
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    is_third_party: bool
    created_at: float
    """ Epoch milliseconds. """
    attribute_mapping: AttributeMapping
    entity_id: None | str
    acs_url: AcsUrl | None
    encryption: None | SamlEncryption
    name_id_format: SamlApplicationNameIdFormat
    app_level_access_control_enabled: bool | Unset = UNSET
    """ Sent by Logto 1.42.0 and later; older releases omit it (UNSET then). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("name", self.name),
                ("description", self.description),
                ("type_", self.type_),
                ("custom_data", self.custom_data),
                ("is_third_party", self.is_third_party),
                ("created_at", self.created_at),
                ("attribute_mapping", self.attribute_mapping),
                ("entity_id", self.entity_id),
                ("acs_url", self.acs_url),
                ("encryption", self.encryption),
                ("name_id_format", self.name_id_format),
                ("app_level_access_control_enabled", self.app_level_access_control_enabled),
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

        name = self.name

        description: None | str
        description = self.description

        type_: str = self.type_

        custom_data = dict(self.custom_data)

        is_third_party = self.is_third_party

        created_at = self.created_at

        attribute_mapping = self.attribute_mapping.to_dict()

        entity_id: None | str
        entity_id = self.entity_id

        acs_url: dict[str, Any] | None
        if isinstance(self.acs_url, AcsUrl):
            acs_url = self.acs_url.to_dict()
        else:
            acs_url = self.acs_url

        encryption: dict[str, Any] | None
        if isinstance(self.encryption, SamlEncryption):
            encryption = self.encryption.to_dict()
        else:
            encryption = self.encryption

        name_id_format: str = self.name_id_format

        app_level_access_control_enabled = self.app_level_access_control_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "name": name,
                "description": description,
                "type": type_,
                "customData": custom_data,
                "isThirdParty": is_third_party,
                "createdAt": created_at,
                "attributeMapping": attribute_mapping,
                "entityId": entity_id,
                "acsUrl": acs_url,
                "encryption": encryption,
                "nameIdFormat": name_id_format,
            }
        )
        if app_level_access_control_enabled is not UNSET:
            field_dict["appLevelAccessControlEnabled"] = app_level_access_control_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            name = d["name"]

            description: None | str = d["description"]

            type_ = check_application_type(d["type"])

            custom_data = dict(d["customData"])

            is_third_party = d["isThirdParty"]

            created_at = d["createdAt"]

            attribute_mapping = AttributeMapping.from_dict(d["attributeMapping"])

            entity_id: None | str = d["entityId"]

            _acs_url_data = d["acsUrl"]
            acs_url: AcsUrl | None
            if _acs_url_data is None:
                acs_url = _acs_url_data
            else:

                def _parse_acs_url(data: object) -> AcsUrl | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        acs_url_type_1 = AcsUrl.from_dict(data)

                        return acs_url_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AcsUrl | None, data)

                acs_url = _parse_acs_url(_acs_url_data)

            _encryption_data = d["encryption"]
            encryption: None | SamlEncryption
            if _encryption_data is None:
                encryption = _encryption_data
            else:

                def _parse_encryption(data: object) -> None | SamlEncryption:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        encryption_type_1 = SamlEncryption.from_dict(data)

                        return encryption_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | SamlEncryption, data)

                encryption = _parse_encryption(_encryption_data)

            name_id_format = check_saml_application_name_id_format(d["nameIdFormat"])

            if len(d) == 13:  # only the required keys: every optional one is UNSET
                app_level_access_control_enabled = UNSET
            else:
                app_level_access_control_enabled = d.get("appLevelAccessControlEnabled", UNSET)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.name = name
            _instance.description = description
            _instance.type_ = type_
            _instance.custom_data = custom_data
            _instance.is_third_party = is_third_party
            _instance.created_at = created_at
            _instance.attribute_mapping = attribute_mapping
            _instance.entity_id = entity_id
            _instance.acs_url = acs_url
            _instance.encryption = encryption
            _instance.name_id_format = name_id_format
            _instance.app_level_access_control_enabled = app_level_access_control_enabled
            if len(d) == 13 + ("appLevelAccessControlEnabled" in d):
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
    "name": "name",
    "description": "description",
    "type": "type_",
    "customData": "custom_data",
    "isThirdParty": "is_third_party",
    "createdAt": "created_at",
    "attributeMapping": "attribute_mapping",
    "entityId": "entity_id",
    "acsUrl": "acs_url",
    "encryption": "encryption",
    "nameIdFormat": "name_id_format",
    "appLevelAccessControlEnabled": "app_level_access_control_enabled",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "name",
        "description",
        "type",
        "customData",
        "isThirdParty",
        "createdAt",
        "attributeMapping",
        "entityId",
        "acsUrl",
        "encryption",
        "nameIdFormat",
        "appLevelAccessControlEnabled",
    )
)


from ..models.acs_url import AcsUrl  # noqa: E402
from ..models.attribute_mapping import AttributeMapping  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.saml_encryption import SamlEncryption  # noqa: E402
