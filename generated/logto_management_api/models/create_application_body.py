from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_type import ApplicationType, check_application_type
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.create_application_body_protected_app_metadata import (
        CreateApplicationBodyProtectedAppMetadata,
    )
    from ..models.custom_client_metadata import CustomClientMetadata
    from ..models.json_object import JsonObject
    from ..models.oidc_client_metadata import OidcClientMetadata


T = TypeVar("T", bound="CreateApplicationBody")


@_attrs_define
class CreateApplicationBody:
    name: str
    type_: ApplicationType
    description: None | str | Unset = UNSET
    oidc_client_metadata: OidcClientMetadata | Unset = UNSET
    custom_client_metadata: CustomClientMetadata | Unset = UNSET
    custom_data: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    is_third_party: bool | Unset = UNSET
    protected_app_metadata: CreateApplicationBodyProtectedAppMetadata | Unset = UNSET
    """ The data for protected app, this feature is not available for open source version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("type_", self.type_),
                ("description", self.description),
                ("oidc_client_metadata", self.oidc_client_metadata),
                ("custom_client_metadata", self.custom_client_metadata),
                ("custom_data", self.custom_data),
                ("is_third_party", self.is_third_party),
                ("protected_app_metadata", self.protected_app_metadata),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        oidc_client_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_client_metadata, Unset):
            oidc_client_metadata = self.oidc_client_metadata.to_dict()

        custom_client_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_client_metadata, Unset):
            custom_client_metadata = self.custom_client_metadata.to_dict()

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = dict(self.custom_data)

        is_third_party = self.is_third_party

        protected_app_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protected_app_metadata, Unset):
            protected_app_metadata = self.protected_app_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if oidc_client_metadata is not UNSET:
            field_dict["oidcClientMetadata"] = oidc_client_metadata
        if custom_client_metadata is not UNSET:
            field_dict["customClientMetadata"] = custom_client_metadata
        if custom_data is not UNSET:
            field_dict["customData"] = custom_data
        if is_third_party is not UNSET:
            field_dict["isThirdParty"] = is_third_party
        if protected_app_metadata is not UNSET:
            field_dict["protectedAppMetadata"] = protected_app_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            name = d["name"]

            type_ = check_application_type(d["type"])

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                description = UNSET
                oidc_client_metadata = UNSET
                custom_client_metadata = UNSET
                custom_data = UNSET
                is_third_party = UNSET
                protected_app_metadata = UNSET
            else:
                description: None | str | Unset = d.get("description", UNSET)

                _oidc_client_metadata = d.get("oidcClientMetadata", UNSET)
                oidc_client_metadata: OidcClientMetadata | Unset
                if isinstance(_oidc_client_metadata, Unset):
                    oidc_client_metadata = UNSET
                else:
                    oidc_client_metadata = OidcClientMetadata.from_dict(_oidc_client_metadata)

                _custom_client_metadata = d.get("customClientMetadata", UNSET)
                custom_client_metadata: CustomClientMetadata | Unset
                if isinstance(_custom_client_metadata, Unset):
                    custom_client_metadata = UNSET
                else:
                    custom_client_metadata = CustomClientMetadata.from_dict(_custom_client_metadata)

                _custom_data = d.get("customData", UNSET)
                custom_data: JsonObject | Unset
                if isinstance(_custom_data, Unset):
                    custom_data = UNSET
                else:
                    custom_data = dict(_custom_data)

                is_third_party = d.get("isThirdParty", UNSET)

                _protected_app_metadata = d.get("protectedAppMetadata", UNSET)
                protected_app_metadata: CreateApplicationBodyProtectedAppMetadata | Unset
                if isinstance(_protected_app_metadata, Unset):
                    protected_app_metadata = UNSET
                else:
                    protected_app_metadata = CreateApplicationBodyProtectedAppMetadata.from_dict(
                        _protected_app_metadata
                    )

            _instance = cls.__new__(cls)
            _instance.name = name
            _instance.type_ = type_
            _instance.description = description
            _instance.oidc_client_metadata = oidc_client_metadata
            _instance.custom_client_metadata = custom_client_metadata
            _instance.custom_data = custom_data
            _instance.is_third_party = is_third_party
            _instance.protected_app_metadata = protected_app_metadata
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
    "name": "name",
    "type": "type_",
    "description": "description",
    "oidcClientMetadata": "oidc_client_metadata",
    "customClientMetadata": "custom_client_metadata",
    "customData": "custom_data",
    "isThirdParty": "is_third_party",
    "protectedAppMetadata": "protected_app_metadata",
}
_JSON_NAMES = frozenset(
    (
        "name",
        "type",
        "description",
        "oidcClientMetadata",
        "customClientMetadata",
        "customData",
        "isThirdParty",
        "protectedAppMetadata",
    )
)


from ..models.create_application_body_protected_app_metadata import (
    CreateApplicationBodyProtectedAppMetadata,  # noqa: E402
)
from ..models.custom_client_metadata import CustomClientMetadata  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.oidc_client_metadata import OidcClientMetadata  # noqa: E402
