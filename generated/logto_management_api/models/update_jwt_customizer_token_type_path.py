from typing import Literal, cast

UpdateJwtCustomizerTokenTypePath = Literal["access-token", "client-credentials"]

UPDATE_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES: set[UpdateJwtCustomizerTokenTypePath] = {
    "access-token",
    "client-credentials",
}


def check_update_jwt_customizer_token_type_path(value: str) -> UpdateJwtCustomizerTokenTypePath:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UpdateJwtCustomizerTokenTypePath, value)
