from typing import Literal, cast

EnabledExtendedClaim = Literal[
    "custom_data",
    "identities",
    "organization_data",
    "organization_roles",
    "organizations",
    "roles",
    "sso_identities",
]

ENABLED_EXTENDED_CLAIM_VALUES: set[EnabledExtendedClaim] = {
    "custom_data",
    "identities",
    "organization_data",
    "organization_roles",
    "organizations",
    "roles",
    "sso_identities",
}


def check_enabled_extended_claim(value: str) -> EnabledExtendedClaim:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(EnabledExtendedClaim, value)
