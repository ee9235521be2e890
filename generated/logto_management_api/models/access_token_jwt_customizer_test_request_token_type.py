from typing import Literal, cast

AccessTokenJwtCustomizerTestRequestTokenType = Literal["access-token"]

ACCESS_TOKEN_JWT_CUSTOMIZER_TEST_REQUEST_TOKEN_TYPE_VALUES: set[
    AccessTokenJwtCustomizerTestRequestTokenType
] = {
    "access-token",
}


def check_access_token_jwt_customizer_test_request_token_type(
    value: str,
) -> AccessTokenJwtCustomizerTestRequestTokenType:
    if value in ACCESS_TOKEN_JWT_CUSTOMIZER_TEST_REQUEST_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACCESS_TOKEN_JWT_CUSTOMIZER_TEST_REQUEST_TOKEN_TYPE_VALUES!r}"
    )
