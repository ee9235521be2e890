from typing import Literal, cast

DeleteApplicationUserConsentScopeScopeType = Literal[
    "organization-resource-scopes", "organization-scopes", "resource-scopes", "user-scopes"
]

DELETE_APPLICATION_USER_CONSENT_SCOPE_SCOPE_TYPE_VALUES: set[
    DeleteApplicationUserConsentScopeScopeType
] = {
    "organization-resource-scopes",
    "organization-scopes",
    "resource-scopes",
    "user-scopes",
}


def check_delete_application_user_consent_scope_scope_type(
    value: str,
) -> DeleteApplicationUserConsentScopeScopeType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(DeleteApplicationUserConsentScopeScopeType, value)
