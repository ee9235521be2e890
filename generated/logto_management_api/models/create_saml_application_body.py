from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_saml_application_body_name_id_format import (
    CreateSamlApplicationBodyNameIdFormat,
    check_create_saml_application_body_name_id_format,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.acs_url import AcsUrl
    from ..models.attribute_mapping import AttributeMapping
    from ..models.json_object import JsonObject
    from ..models.saml_encryption import SamlEncryption


T = TypeVar("T", bound="CreateSamlApplicationBody")


@_attrs_define
class CreateSamlApplicationBody:
    name: str
    """ The name of the SAML application. """
    description: None | str | Unset = UNSET
    """ Optional description of the SAML application. """
    custom_data: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    attribute_mapping: AttributeMapping | Unset = UNSET
    entity_id: None | str | Unset = UNSET
    acs_url: AcsUrl | None | Unset = UNSET
    encryption: None | SamlEncryption | Unset = UNSET
    name_id_format: CreateSamlApplicationBodyNameIdFormat | Unset = (
        "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("description", self.description),
                ("custom_data", self.custom_data),
                ("attribute_mapping", self.attribute_mapping),
                ("entity_id", self.entity_id),
                ("acs_url", self.acs_url),
                ("encryption", self.encryption),
                ("name_id_format", self.name_id_format),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = dict(self.custom_data)

        attribute_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute_mapping, Unset):
            attribute_mapping = self.attribute_mapping.to_dict()

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        acs_url: dict[str, Any] | None | Unset
        if isinstance(self.acs_url, Unset):
            acs_url = UNSET
        elif isinstance(self.acs_url, AcsUrl):
            acs_url = self.acs_url.to_dict()
        else:
            acs_url = self.acs_url

        encryption: dict[str, Any] | None | Unset
        if isinstance(self.encryption, Unset):
            encryption = UNSET
        elif isinstance(self.encryption, SamlEncryption):
            encryption = self.encryption.to_dict()
        else:
            encryption = self.encryption

        name_id_format: str | Unset = UNSET
        if not isinstance(self.name_id_format, Unset):
            name_id_format = self.name_id_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if custom_data is not UNSET:
            field_dict["customData"] = custom_data
        if attribute_mapping is not UNSET:
            field_dict["attributeMapping"] = attribute_mapping
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if acs_url is not UNSET:
            field_dict["acsUrl"] = acs_url
        if encryption is not UNSET:
            field_dict["encryption"] = encryption
        if name_id_format is not UNSET:
            field_dict["nameIdFormat"] = name_id_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            name = d["name"]

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                description = UNSET
                custom_data = UNSET
                attribute_mapping = UNSET
                entity_id = UNSET
                acs_url = UNSET
                encryption = UNSET
                name_id_format = UNSET
            else:
                description: None | str | Unset = d.get("description", UNSET)

                _custom_data = d.get("customData", UNSET)
                custom_data: JsonObject | Unset
                if isinstance(_custom_data, Unset):
                    custom_data = UNSET
                else:
                    custom_data = dict(_custom_data)

                _attribute_mapping = d.get("attributeMapping", UNSET)
                attribute_mapping: AttributeMapping | Unset
                if isinstance(_attribute_mapping, Unset):
                    attribute_mapping = UNSET
                else:
                    attribute_mapping = AttributeMapping.from_dict(_attribute_mapping)

                entity_id: None | str | Unset = d.get("entityId", UNSET)

                _acs_url_data = d.get("acsUrl", UNSET)
                acs_url: AcsUrl | None | Unset
                if _acs_url_data is None or _acs_url_data is UNSET:
                    acs_url = _acs_url_data
                else:

                    def _parse_acs_url(data: object) -> AcsUrl | None | Unset:
                        if data is None:
                            return data
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            acs_url_type_1 = AcsUrl.from_dict(data)

                            return acs_url_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(AcsUrl | None | Unset, data)

                    acs_url = _parse_acs_url(_acs_url_data)

                _encryption_data = d.get("encryption", UNSET)
                encryption: None | SamlEncryption | Unset
                if _encryption_data is None or _encryption_data is UNSET:
                    encryption = _encryption_data
                else:

                    def _parse_encryption(data: object) -> None | SamlEncryption | Unset:
                        if data is None:
                            return data
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            encryption_type_1 = SamlEncryption.from_dict(data)

                            return encryption_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(None | SamlEncryption | Unset, data)

                    encryption = _parse_encryption(_encryption_data)

                _name_id_format = d.get("nameIdFormat", UNSET)
                name_id_format: CreateSamlApplicationBodyNameIdFormat | Unset
                if isinstance(_name_id_format, Unset):
                    name_id_format = UNSET
                else:
                    name_id_format = check_create_saml_application_body_name_id_format(
                        _name_id_format
                    )

            _instance = cls.__new__(cls)
            _instance.name = name
            _instance.description = description
            _instance.custom_data = custom_data
            _instance.attribute_mapping = attribute_mapping
            _instance.entity_id = entity_id
            _instance.acs_url = acs_url
            _instance.encryption = encryption
            _instance.name_id_format = name_id_format
            if len(d) == 1 or d.keys() <= _JSON_NAMES:
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
    "name": "name",
    "description": "description",
    "customData": "custom_data",
    "attributeMapping": "attribute_mapping",
    "entityId": "entity_id",
    "acsUrl": "acs_url",
    "encryption": "encryption",
    "nameIdFormat": "name_id_format",
}
_JSON_NAMES = frozenset(
    (
        "name",
        "description",
        "customData",
        "attributeMapping",
        "entityId",
        "acsUrl",
        "encryption",
        "nameIdFormat",
    )
)


from ..models.acs_url import AcsUrl  # noqa: E402
from ..models.attribute_mapping import AttributeMapping  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.saml_encryption import SamlEncryption  # noqa: E402
