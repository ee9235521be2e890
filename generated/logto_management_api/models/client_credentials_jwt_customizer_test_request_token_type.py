from typing import Literal, cast

ClientCredentialsJwtCustomizerTestRequestTokenType = Literal["client-credentials"]

CLIENT_CREDENTIALS_JWT_CUSTOMIZER_TEST_REQUEST_TOKEN_TYPE_VALUES: set[
    ClientCredentialsJwtCustomizerTestRequestTokenType
] = {
    "client-credentials",
}


def check_client_credentials_jwt_customizer_test_request_token_type(
    value: str,
) -> ClientCredentialsJwtCustomizerTestRequestTokenType:
    if value in CLIENT_CREDENTIALS_JWT_CUSTOMIZER_TEST_REQUEST_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLIENT_CREDENTIALS_JWT_CUSTOMIZER_TEST_REQUEST_TOKEN_TYPE_VALUES!r}"
    )
