from typing import Literal, cast

ProtectedAppMetadataAdditionalScopesItem = Literal[
    "custom_data",
    "identities",
    "roles",
    "urn:logto:scope:organization_roles",
    "urn:logto:scope:organizations",
]

PROTECTED_APP_METADATA_ADDITIONAL_SCOPES_ITEM_VALUES: set[
    ProtectedAppMetadataAdditionalScopesItem
] = {
    "custom_data",
    "identities",
    "roles",
    "urn:logto:scope:organization_roles",
    "urn:logto:scope:organizations",
}


def check_protected_app_metadata_additional_scopes_item(
    value: str,
) -> ProtectedAppMetadataAdditionalScopesItem:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ProtectedAppMetadataAdditionalScopesItem, value)
