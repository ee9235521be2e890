from typing import Literal, cast

CimdUserConsentScopeUserScopesItem = Literal[
    "address",
    "custom_data",
    "email",
    "identities",
    "phone",
    "profile",
    "roles",
    "urn:logto:scope:organization_roles",
    "urn:logto:scope:organizations",
    "urn:logto:scope:sessions",
    "urn:logto:scope:trusted_devices",
]

CIMD_USER_CONSENT_SCOPE_USER_SCOPES_ITEM_VALUES: set[CimdUserConsentScopeUserScopesItem] = {
    "address",
    "custom_data",
    "email",
    "identities",
    "phone",
    "profile",
    "roles",
    "urn:logto:scope:organization_roles",
    "urn:logto:scope:organizations",
    "urn:logto:scope:sessions",
    "urn:logto:scope:trusted_devices",
}


def check_cimd_user_consent_scope_user_scopes_item(
    value: str,
) -> CimdUserConsentScopeUserScopesItem:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(CimdUserConsentScopeUserScopesItem, value)
