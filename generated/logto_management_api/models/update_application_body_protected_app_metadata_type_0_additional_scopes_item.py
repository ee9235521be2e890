from typing import Literal

UpdateApplicationBodyProtectedAppMetadataType0AdditionalScopesItem = Literal[
    "custom_data",
    "identities",
    "roles",
    "urn:logto:scope:organization_roles",
    "urn:logto:scope:organizations",
]

UPDATE_APPLICATION_BODY_PROTECTED_APP_METADATA_TYPE_0_ADDITIONAL_SCOPES_ITEM_VALUES: set[
    UpdateApplicationBodyProtectedAppMetadataType0AdditionalScopesItem
] = {
    "custom_data",
    "identities",
    "roles",
    "urn:logto:scope:organization_roles",
    "urn:logto:scope:organizations",
}


def check_update_application_body_protected_app_metadata_type_0_additional_scopes_item(
    value: str,
) -> UpdateApplicationBodyProtectedAppMetadataType0AdditionalScopesItem:
    if value in UPDATE_APPLICATION_BODY_PROTECTED_APP_METADATA_TYPE_0_ADDITIONAL_SCOPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICATION_BODY_PROTECTED_APP_METADATA_TYPE_0_ADDITIONAL_SCOPES_ITEM_VALUES!r}"
    )
