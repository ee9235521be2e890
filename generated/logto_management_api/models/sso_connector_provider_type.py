from typing import Literal, cast

SsoConnectorProviderType = Literal["oidc", "saml"]

SSO_CONNECTOR_PROVIDER_TYPE_VALUES: set[SsoConnectorProviderType] = {
    "oidc",
    "saml",
}


def check_sso_connector_provider_type(value: str) -> SsoConnectorProviderType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(SsoConnectorProviderType, value)
