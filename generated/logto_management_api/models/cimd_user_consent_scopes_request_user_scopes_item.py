from typing import Literal

CimdUserConsentScopesRequestUserScopesItem = Literal[
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

CIMD_USER_CONSENT_SCOPES_REQUEST_USER_SCOPES_ITEM_VALUES: set[
    CimdUserConsentScopesRequestUserScopesItem
] = {
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


def check_cimd_user_consent_scopes_request_user_scopes_item(
    value: str,
) -> CimdUserConsentScopesRequestUserScopesItem:
    if value in CIMD_USER_CONSENT_SCOPES_REQUEST_USER_SCOPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CIMD_USER_CONSENT_SCOPES_REQUEST_USER_SCOPES_ITEM_VALUES!r}"
    )
