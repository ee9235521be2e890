from typing import Literal

IdTokenConfigEnabledExtendedClaimsItem = Literal[
    "custom_data",
    "identities",
    "organization_data",
    "organization_roles",
    "organizations",
    "roles",
    "sso_identities",
]

ID_TOKEN_CONFIG_ENABLED_EXTENDED_CLAIMS_ITEM_VALUES: set[IdTokenConfigEnabledExtendedClaimsItem] = {
    "custom_data",
    "identities",
    "organization_data",
    "organization_roles",
    "organizations",
    "roles",
    "sso_identities",
}


def check_id_token_config_enabled_extended_claims_item(
    value: str,
) -> IdTokenConfigEnabledExtendedClaimsItem:
    if value in ID_TOKEN_CONFIG_ENABLED_EXTENDED_CLAIMS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ID_TOKEN_CONFIG_ENABLED_EXTENDED_CLAIMS_ITEM_VALUES!r}"
    )
