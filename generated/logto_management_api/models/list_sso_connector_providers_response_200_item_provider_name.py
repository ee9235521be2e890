from typing import Literal

ListSsoConnectorProvidersResponse200ItemProviderName = Literal[
    "AzureAD", "AzureAdOidc", "GoogleWorkspace", "OIDC", "Okta", "SAML"
]

LIST_SSO_CONNECTOR_PROVIDERS_RESPONSE_200_ITEM_PROVIDER_NAME_VALUES: set[
    ListSsoConnectorProvidersResponse200ItemProviderName
] = {
    "AzureAD",
    "AzureAdOidc",
    "GoogleWorkspace",
    "OIDC",
    "Okta",
    "SAML",
}


def check_list_sso_connector_providers_response_200_item_provider_name(
    value: str,
) -> ListSsoConnectorProvidersResponse200ItemProviderName:
    if value in LIST_SSO_CONNECTOR_PROVIDERS_RESPONSE_200_ITEM_PROVIDER_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_SSO_CONNECTOR_PROVIDERS_RESPONSE_200_ITEM_PROVIDER_NAME_VALUES!r}"
    )
