from typing import Literal, cast

SsoConnectorProviderProviderType = Literal["oidc", "saml"]

SSO_CONNECTOR_PROVIDER_PROVIDER_TYPE_VALUES: set[SsoConnectorProviderProviderType] = {
    "oidc",
    "saml",
}


def check_sso_connector_provider_provider_type(value: str) -> SsoConnectorProviderProviderType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(SsoConnectorProviderProviderType, value)
