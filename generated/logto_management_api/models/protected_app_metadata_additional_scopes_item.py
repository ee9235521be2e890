from typing import Literal

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
    if value in PROTECTED_APP_METADATA_ADDITIONAL_SCOPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROTECTED_APP_METADATA_ADDITIONAL_SCOPES_ITEM_VALUES!r}"
    )
