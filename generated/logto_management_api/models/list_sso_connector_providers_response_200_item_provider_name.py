from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ListSsoConnectorProvidersResponse200ItemProviderName, value)
