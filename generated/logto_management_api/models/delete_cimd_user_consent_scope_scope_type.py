from typing import Literal, cast

DeleteCimdUserConsentScopeScopeType = Literal[
    "organization-resource-scopes", "organization-scopes", "resource-scopes", "user-scopes"
]

DELETE_CIMD_USER_CONSENT_SCOPE_SCOPE_TYPE_VALUES: set[DeleteCimdUserConsentScopeScopeType] = {
    "organization-resource-scopes",
    "organization-scopes",
    "resource-scopes",
    "user-scopes",
}


def check_delete_cimd_user_consent_scope_scope_type(
    value: str,
) -> DeleteCimdUserConsentScopeScopeType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(DeleteCimdUserConsentScopeScopeType, value)
