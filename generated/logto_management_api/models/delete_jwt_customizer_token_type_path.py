from typing import Literal

DeleteJwtCustomizerTokenTypePath = Literal["access-token", "client-credentials"]

DELETE_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES: set[DeleteJwtCustomizerTokenTypePath] = {
    "access-token",
    "client-credentials",
}


def check_delete_jwt_customizer_token_type_path(value: str) -> DeleteJwtCustomizerTokenTypePath:
    if value in DELETE_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES!r}"
    )
