from typing import Literal, cast

SsoIdentityTokenSecretType = Literal["federated_token_set"]

SSO_IDENTITY_TOKEN_SECRET_TYPE_VALUES: set[SsoIdentityTokenSecretType] = {
    "federated_token_set",
}


def check_sso_identity_token_secret_type(value: str) -> SsoIdentityTokenSecretType:
    if value in SSO_IDENTITY_TOKEN_SECRET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SSO_IDENTITY_TOKEN_SECRET_TYPE_VALUES!r}"
    )
