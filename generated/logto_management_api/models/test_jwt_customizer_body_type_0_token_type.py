from typing import Literal, cast

TestJwtCustomizerBodyType0TokenType = Literal["access-token"]

TEST_JWT_CUSTOMIZER_BODY_TYPE_0_TOKEN_TYPE_VALUES: set[TestJwtCustomizerBodyType0TokenType] = {
    "access-token",
}


def check_test_jwt_customizer_body_type_0_token_type(
    value: str,
) -> TestJwtCustomizerBodyType0TokenType:
    if value in TEST_JWT_CUSTOMIZER_BODY_TYPE_0_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEST_JWT_CUSTOMIZER_BODY_TYPE_0_TOKEN_TYPE_VALUES!r}"
    )
