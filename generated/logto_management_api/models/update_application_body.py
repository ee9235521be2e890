from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.custom_client_metadata import CustomClientMetadata
    from ..models.json_object import JsonObject
    from ..models.oidc_client_metadata import OidcClientMetadata
    from ..models.protected_app_metadata_update import ProtectedAppMetadataUpdate


T = TypeVar("T", bound="UpdateApplicationBody")


@_attrs_define
class UpdateApplicationBody:
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    oidc_client_metadata: OidcClientMetadata | Unset = UNSET
    custom_client_metadata: CustomClientMetadata | Unset = UNSET
    custom_data: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    app_level_access_control_enabled: bool | Unset = UNSET
    """ Whether app-level access control is enabled for this application. """
    protected_app_metadata: None | ProtectedAppMetadataUpdate | Unset = UNSET
    is_admin: bool | Unset = UNSET
    """ Whether the application has admin access. User can enable the admin access for Machine-to-Machine apps. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("description", self.description),
                ("oidc_client_metadata", self.oidc_client_metadata),
                ("custom_client_metadata", self.custom_client_metadata),
                ("custom_data", self.custom_data),
                ("app_level_access_control_enabled", self.app_level_access_control_enabled),
                ("protected_app_metadata", self.protected_app_metadata),
                ("is_admin", self.is_admin),
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

        oidc_client_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_client_metadata, Unset):
            oidc_client_metadata = self.oidc_client_metadata.to_dict()

        custom_client_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_client_metadata, Unset):
            custom_client_metadata = self.custom_client_metadata.to_dict()

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = dict(self.custom_data)

        app_level_access_control_enabled = self.app_level_access_control_enabled

        protected_app_metadata: dict[str, Any] | None | Unset
        if isinstance(self.protected_app_metadata, Unset):
            protected_app_metadata = UNSET
        elif isinstance(self.protected_app_metadata, ProtectedAppMetadataUpdate):
            protected_app_metadata = self.protected_app_metadata.to_dict()
        else:
            protected_app_metadata = self.protected_app_metadata

        is_admin = self.is_admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if oidc_client_metadata is not UNSET:
            field_dict["oidcClientMetadata"] = oidc_client_metadata
        if custom_client_metadata is not UNSET:
            field_dict["customClientMetadata"] = custom_client_metadata
        if custom_data is not UNSET:
            field_dict["customData"] = custom_data
        if app_level_access_control_enabled is not UNSET:
            field_dict["appLevelAccessControlEnabled"] = app_level_access_control_enabled
        if protected_app_metadata is not UNSET:
            field_dict["protectedAppMetadata"] = protected_app_metadata
        if is_admin is not UNSET:
            field_dict["isAdmin"] = is_admin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                name = UNSET
                description = UNSET
                oidc_client_metadata = UNSET
                custom_client_metadata = UNSET
                custom_data = UNSET
                app_level_access_control_enabled = UNSET
                protected_app_metadata = UNSET
                is_admin = UNSET
            else:
                name = d.get("name", UNSET)

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

                app_level_access_control_enabled = d.get("appLevelAccessControlEnabled", UNSET)

                _protected_app_metadata_data = d.get("protectedAppMetadata", UNSET)
                protected_app_metadata: None | ProtectedAppMetadataUpdate | Unset
                if _protected_app_metadata_data is None or _protected_app_metadata_data is UNSET:
                    protected_app_metadata = _protected_app_metadata_data
                else:

                    def _parse_protected_app_metadata(
                        data: object,
                    ) -> None | ProtectedAppMetadataUpdate | Unset:
                        if data is None:
                            return data
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            protected_app_metadata_type_1 = ProtectedAppMetadataUpdate.from_dict(
                                data
                            )

                            return protected_app_metadata_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(None | ProtectedAppMetadataUpdate | Unset, data)

                    protected_app_metadata = _parse_protected_app_metadata(
                        _protected_app_metadata_data
                    )

                is_admin = d.get("isAdmin", UNSET)

            _instance = cls.__new__(cls)
            _instance.name = name
            _instance.description = description
            _instance.oidc_client_metadata = oidc_client_metadata
            _instance.custom_client_metadata = custom_client_metadata
            _instance.custom_data = custom_data
            _instance.app_level_access_control_enabled = app_level_access_control_enabled
            _instance.protected_app_metadata = protected_app_metadata
            _instance.is_admin = is_admin
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
    "name": "name",
    "description": "description",
    "oidcClientMetadata": "oidc_client_metadata",
    "customClientMetadata": "custom_client_metadata",
    "customData": "custom_data",
    "appLevelAccessControlEnabled": "app_level_access_control_enabled",
    "protectedAppMetadata": "protected_app_metadata",
    "isAdmin": "is_admin",
}
_JSON_NAMES = frozenset(
    (
        "name",
        "description",
        "oidcClientMetadata",
        "customClientMetadata",
        "customData",
        "appLevelAccessControlEnabled",
        "protectedAppMetadata",
        "isAdmin",
    )
)


from ..models.custom_client_metadata import CustomClientMetadata  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.oidc_client_metadata import OidcClientMetadata  # noqa: E402
from ..models.protected_app_metadata_update import ProtectedAppMetadataUpdate  # noqa: E402
