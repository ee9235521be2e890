from typing import Literal

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
    if value in LIST_SSO_CONNECTOR_PROVIDERS_RESPONSE_200_ITEM_PROVIDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_SSO_CONNECTOR_PROVIDERS_RESPONSE_200_ITEM_PROVIDER_TYPE_VALUES!r}"
    )
