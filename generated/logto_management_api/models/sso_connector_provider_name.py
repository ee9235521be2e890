from typing import Literal, cast

SsoConnectorProviderName = Literal[
    "AzureAD", "AzureAdOidc", "GoogleWorkspace", "OIDC", "Okta", "SAML"
]

SSO_CONNECTOR_PROVIDER_NAME_VALUES: set[SsoConnectorProviderName] = {
    "AzureAD",
    "AzureAdOidc",
    "GoogleWorkspace",
    "OIDC",
    "Okta",
    "SAML",
}


def check_sso_connector_provider_name(value: str) -> SsoConnectorProviderName:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(SsoConnectorProviderName, value)
