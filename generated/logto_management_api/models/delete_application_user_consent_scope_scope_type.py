from typing import Literal

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
    if value in DELETE_APPLICATION_USER_CONSENT_SCOPE_SCOPE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_APPLICATION_USER_CONSENT_SCOPE_SCOPE_TYPE_VALUES!r}"
    )
