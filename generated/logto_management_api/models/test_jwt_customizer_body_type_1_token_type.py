from typing import Literal, cast

TestJwtCustomizerBodyType1TokenType = Literal["client-credentials"]

TEST_JWT_CUSTOMIZER_BODY_TYPE_1_TOKEN_TYPE_VALUES: set[TestJwtCustomizerBodyType1TokenType] = {
    "client-credentials",
}


def check_test_jwt_customizer_body_type_1_token_type(
    value: str,
) -> TestJwtCustomizerBodyType1TokenType:
    if value in TEST_JWT_CUSTOMIZER_BODY_TYPE_1_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEST_JWT_CUSTOMIZER_BODY_TYPE_1_TOKEN_TYPE_VALUES!r}"
    )
