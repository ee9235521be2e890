from typing import Literal, cast

AdditionalScope = Literal[
    "custom_data",
    "identities",
    "roles",
    "urn:logto:scope:organization_roles",
    "urn:logto:scope:organizations",
]

ADDITIONAL_SCOPE_VALUES: set[AdditionalScope] = {
    "custom_data",
    "identities",
    "roles",
    "urn:logto:scope:organization_roles",
    "urn:logto:scope:organizations",
}


def check_additional_scope(value: str) -> AdditionalScope:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(AdditionalScope, value)
