from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_saml_application_body_name_id_format import (
    CreateSamlApplicationBodyNameIdFormat,
    check_create_saml_application_body_name_id_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_mapping import AttributeMapping
    from ..models.create_saml_application_body_custom_data import (
        CreateSamlApplicationBodyCustomData,
    )
    from ..models.create_saml_application_body_encryption_type_0 import (
        CreateSamlApplicationBodyEncryptionType0,
    )


T = TypeVar("T", bound="CreateSamlApplicationBody")


@_attrs_define
class CreateSamlApplicationBody:
    name: str
    """ The name of the SAML application. """
    name_id_format: CreateSamlApplicationBodyNameIdFormat = (
        "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
    )
    description: None | str | Unset = UNSET
    """ Optional description of the SAML application. """
    custom_data: CreateSamlApplicationBodyCustomData | Unset = UNSET
    """ Optional custom data for the application. """
    attribute_mapping: AttributeMapping | Unset = UNSET
    entity_id: None | str | Unset = UNSET
    acs_url: None | str | Unset = UNSET
    """ The Assertion Consumer Service (ACS) URL where the SAML response will be sent. """
    encryption: CreateSamlApplicationBodyEncryptionType0 | None | Unset = UNSET
    """ Validator function """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        name_id_format: str = self.name_id_format

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        attribute_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute_mapping, Unset):
            attribute_mapping = self.attribute_mapping.to_dict()

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        acs_url: None | str | Unset
        if isinstance(self.acs_url, Unset):
            acs_url = UNSET
        else:
            acs_url = self.acs_url

        encryption: dict[str, Any] | None | Unset
        if isinstance(self.encryption, Unset):
            encryption = UNSET
        elif isinstance(self.encryption, CreateSamlApplicationBodyEncryptionType0):
            encryption = self.encryption.to_dict()
        else:
            encryption = self.encryption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "nameIdFormat": name_id_format,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        name_id_format = check_create_saml_application_body_name_id_format(d["nameIdFormat"])

        if len(d) == 2:  # only the required keys: every optional one is UNSET
            description = UNSET
            custom_data = UNSET
            attribute_mapping = UNSET
            entity_id = UNSET
            acs_url = UNSET
            encryption = UNSET
        else:
            description: None | str | Unset = d.get("description", UNSET)

            _custom_data = d.get("customData", UNSET)
            custom_data: CreateSamlApplicationBodyCustomData | Unset
            if isinstance(_custom_data, Unset):
                custom_data = UNSET
            else:
                custom_data = CreateSamlApplicationBodyCustomData.from_dict(_custom_data)

            _attribute_mapping = d.get("attributeMapping", UNSET)
            attribute_mapping: AttributeMapping | Unset
            if isinstance(_attribute_mapping, Unset):
                attribute_mapping = UNSET
            else:
                attribute_mapping = AttributeMapping.from_dict(_attribute_mapping)

            entity_id: None | str | Unset = d.get("entityId", UNSET)

            acs_url: None | str | Unset = d.get("acsUrl", UNSET)

            _encryption_data = d.get("encryption", UNSET)
            encryption: CreateSamlApplicationBodyEncryptionType0 | None | Unset
            if _encryption_data is None or _encryption_data is UNSET:
                encryption = _encryption_data
            else:

                def _parse_encryption(
                    data: object,
                ) -> CreateSamlApplicationBodyEncryptionType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        encryption_type_0 = CreateSamlApplicationBodyEncryptionType0.from_dict(data)

                        return encryption_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(CreateSamlApplicationBodyEncryptionType0 | None | Unset, data)

                encryption = _parse_encryption(_encryption_data)

        _instance = cls.__new__(cls)
        _instance.name = name
        _instance.name_id_format = name_id_format
        _instance.description = description
        _instance.custom_data = custom_data
        _instance.attribute_mapping = attribute_mapping
        _instance.entity_id = entity_id
        _instance.acs_url = acs_url
        _instance.encryption = encryption
        if len(d) == 2 or d.keys() <= _JSON_NAMES:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {k: v for k, v in d.items() if k not in _JSON_NAMES}
        return _instance

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


_JSON_NAMES = frozenset(
    (
        "name",
        "nameIdFormat",
        "description",
        "customData",
        "attributeMapping",
        "entityId",
        "acsUrl",
        "encryption",
    )
)


from ..models.attribute_mapping import AttributeMapping  # noqa: E402
from ..models.create_saml_application_body_custom_data import (
    CreateSamlApplicationBodyCustomData,  # noqa: E402
)
from ..models.create_saml_application_body_encryption_type_0 import (
    CreateSamlApplicationBodyEncryptionType0,  # noqa: E402
)
