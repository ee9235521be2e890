from typing import Literal

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
    if value in SSO_CONNECTOR_PROVIDER_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SSO_CONNECTOR_PROVIDER_NAME_VALUES!r}"
    )
