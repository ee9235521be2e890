from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UpdateApplicationBodyProtectedAppMetadataType0AdditionalScopesItem, value)
