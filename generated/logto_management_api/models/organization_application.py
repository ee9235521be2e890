from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_type import ApplicationType, check_application_type
from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.custom_client_metadata import CustomClientMetadata
    from ..models.json_object import JsonObject
    from ..models.oidc_client_metadata import OidcClientMetadata
    from ..models.organization_role_ref import OrganizationRoleRef
    from ..models.protected_app_metadata import ProtectedAppMetadata


T = TypeVar("T", bound="OrganizationApplication")


@_attrs_define
class OrganizationApplication:
    """Older Logto releases omit appLevelAccessControlEnabled (≥ 1.42.0)."""

    tenant_id: str
    id: str
    name: str
    description: None | str
    type_: ApplicationType
    oidc_client_metadata: OidcClientMetadata
    custom_client_metadata: CustomClientMetadata
    protected_app_metadata: None | ProtectedAppMetadata
    custom_data: JsonObject
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    is_third_party: bool
    created_at: float
    """ Epoch milliseconds. """
    organization_roles: list[OrganizationRoleRef]
    secret: str | Unset = UNSET
    """ The legacy client secret. This field is omitted after the legacy secret has been replaced by an internal
    secret. Retrieve current application secrets from the `/api/applications/{id}/secrets` endpoints. """
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
                ("oidc_client_metadata", self.oidc_client_metadata),
                ("custom_client_metadata", self.custom_client_metadata),
                ("protected_app_metadata", self.protected_app_metadata),
                ("custom_data", self.custom_data),
                ("is_third_party", self.is_third_party),
                ("created_at", self.created_at),
                ("organization_roles", self.organization_roles),
                ("secret", MASKED if self.secret else self.secret),
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

        oidc_client_metadata = self.oidc_client_metadata.to_dict()

        custom_client_metadata = self.custom_client_metadata.to_dict()

        protected_app_metadata: dict[str, Any] | None
        if isinstance(self.protected_app_metadata, ProtectedAppMetadata):
            protected_app_metadata = self.protected_app_metadata.to_dict()
        else:
            protected_app_metadata = self.protected_app_metadata

        custom_data = dict(self.custom_data)

        is_third_party = self.is_third_party

        created_at = self.created_at

        organization_roles = []
        for organization_roles_item_data in self.organization_roles:
            organization_roles_item = organization_roles_item_data.to_dict()
            organization_roles.append(organization_roles_item)

        secret = self.secret

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
                "oidcClientMetadata": oidc_client_metadata,
                "customClientMetadata": custom_client_metadata,
                "protectedAppMetadata": protected_app_metadata,
                "customData": custom_data,
                "isThirdParty": is_third_party,
                "createdAt": created_at,
                "organizationRoles": organization_roles,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
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

            oidc_client_metadata = OidcClientMetadata.from_dict(d["oidcClientMetadata"])

            custom_client_metadata = CustomClientMetadata.from_dict(d["customClientMetadata"])

            _protected_app_metadata_data = d["protectedAppMetadata"]
            protected_app_metadata: None | ProtectedAppMetadata
            if _protected_app_metadata_data is None:
                protected_app_metadata = _protected_app_metadata_data
            else:

                def _parse_protected_app_metadata(data: object) -> None | ProtectedAppMetadata:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        protected_app_metadata_type_1 = ProtectedAppMetadata.from_dict(data)

                        return protected_app_metadata_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | ProtectedAppMetadata, data)

                protected_app_metadata = _parse_protected_app_metadata(_protected_app_metadata_data)

            custom_data = dict(d["customData"])

            is_third_party = d["isThirdParty"]

            created_at = d["createdAt"]

            organization_roles = []
            _organization_roles = d["organizationRoles"]
            for organization_roles_item_data in _organization_roles:
                organization_roles_item = OrganizationRoleRef.from_dict(
                    organization_roles_item_data
                )

                organization_roles.append(organization_roles_item)

            if len(d) == 12:  # only the required keys: every optional one is UNSET
                secret = UNSET
                app_level_access_control_enabled = UNSET
            else:
                secret = d.get("secret", UNSET)

                app_level_access_control_enabled = d.get("appLevelAccessControlEnabled", UNSET)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.name = name
            _instance.description = description
            _instance.type_ = type_
            _instance.oidc_client_metadata = oidc_client_metadata
            _instance.custom_client_metadata = custom_client_metadata
            _instance.protected_app_metadata = protected_app_metadata
            _instance.custom_data = custom_data
            _instance.is_third_party = is_third_party
            _instance.created_at = created_at
            _instance.organization_roles = organization_roles
            _instance.secret = secret
            _instance.app_level_access_control_enabled = app_level_access_control_enabled
            if len(d) == 12 + ("secret" in d) + ("appLevelAccessControlEnabled" in d):
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
    "oidcClientMetadata": "oidc_client_metadata",
    "customClientMetadata": "custom_client_metadata",
    "protectedAppMetadata": "protected_app_metadata",
    "customData": "custom_data",
    "isThirdParty": "is_third_party",
    "createdAt": "created_at",
    "organizationRoles": "organization_roles",
    "secret": "secret",
    "appLevelAccessControlEnabled": "app_level_access_control_enabled",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "name",
        "description",
        "type",
        "oidcClientMetadata",
        "customClientMetadata",
        "protectedAppMetadata",
        "customData",
        "isThirdParty",
        "createdAt",
        "organizationRoles",
        "secret",
        "appLevelAccessControlEnabled",
    )
)


from ..models.custom_client_metadata import CustomClientMetadata  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.oidc_client_metadata import OidcClientMetadata  # noqa: E402
from ..models.organization_role_ref import OrganizationRoleRef  # noqa: E402
from ..models.protected_app_metadata import ProtectedAppMetadata  # noqa: E402
