from typing import Literal

GetJwtCustomizerTokenTypePath = Literal["access-token", "client-credentials"]

GET_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES: set[GetJwtCustomizerTokenTypePath] = {
    "access-token",
    "client-credentials",
}


def check_get_jwt_customizer_token_type_path(value: str) -> GetJwtCustomizerTokenTypePath:
    if value in GET_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES!r}"
    )
