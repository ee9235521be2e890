from typing import Literal

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
    if value in DELETE_CIMD_USER_CONSENT_SCOPE_SCOPE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_CIMD_USER_CONSENT_SCOPE_SCOPE_TYPE_VALUES!r}"
    )
