from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(IdTokenConfigEnabledExtendedClaimsItem, value)
