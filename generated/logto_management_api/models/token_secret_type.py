from typing import Literal, cast

TokenSecretType = Literal["federated_token_set"]

TOKEN_SECRET_TYPE_VALUES: set[TokenSecretType] = {
    "federated_token_set",
}


def check_token_secret_type(value: str) -> TokenSecretType:
    if value in TOKEN_SECRET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOKEN_SECRET_TYPE_VALUES!r}")
