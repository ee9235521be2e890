from typing import Literal

UpdateJwtCustomizerTokenTypePath = Literal["access-token", "client-credentials"]

UPDATE_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES: set[UpdateJwtCustomizerTokenTypePath] = {
    "access-token",
    "client-credentials",
}


def check_update_jwt_customizer_token_type_path(value: str) -> UpdateJwtCustomizerTokenTypePath:
    if value in UPDATE_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES!r}"
    )
