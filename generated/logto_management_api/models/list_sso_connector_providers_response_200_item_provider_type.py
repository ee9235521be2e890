from typing import Literal, cast

ListSsoConnectorProvidersResponse200ItemProviderType = Literal["oidc", "saml"]

LIST_SSO_CONNECTOR_PROVIDERS_RESPONSE_200_ITEM_PROVIDER_TYPE_VALUES: set[
    ListSsoConnectorProvidersResponse200ItemProviderType
] = {
    "oidc",
    "saml",
}


def check_list_sso_connector_providers_response_200_item_provider_type(
    value: str,
) -> ListSsoConnectorProvidersResponse200ItemProviderType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ListSsoConnectorProvidersResponse200ItemProviderType, value)
