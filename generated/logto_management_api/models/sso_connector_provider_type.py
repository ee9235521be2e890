from typing import Literal

SsoConnectorProviderType = Literal["oidc", "saml"]

SSO_CONNECTOR_PROVIDER_TYPE_VALUES: set[SsoConnectorProviderType] = {
    "oidc",
    "saml",
}


def check_sso_connector_provider_type(value: str) -> SsoConnectorProviderType:
    if value in SSO_CONNECTOR_PROVIDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SSO_CONNECTOR_PROVIDER_TYPE_VALUES!r}"
    )
