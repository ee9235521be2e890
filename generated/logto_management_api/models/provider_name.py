from typing import Literal, cast

ProviderName = Literal["AzureAD", "AzureAdOidc", "GoogleWorkspace", "OIDC", "Okta", "SAML"]

PROVIDER_NAME_VALUES: set[ProviderName] = {
    "AzureAD",
    "AzureAdOidc",
    "GoogleWorkspace",
    "OIDC",
    "Okta",
    "SAML",
}


def check_provider_name(value: str) -> ProviderName:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ProviderName, value)
