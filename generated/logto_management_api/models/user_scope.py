from typing import Literal, cast

UserScope = Literal[
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

USER_SCOPE_VALUES: set[UserScope] = {
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


def check_user_scope(value: str) -> UserScope:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UserScope, value)
