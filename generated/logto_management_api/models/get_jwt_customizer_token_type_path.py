from typing import Literal, cast

GetJwtCustomizerTokenTypePath = Literal["access-token", "client-credentials"]

GET_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES: set[GetJwtCustomizerTokenTypePath] = {
    "access-token",
    "client-credentials",
}


def check_get_jwt_customizer_token_type_path(value: str) -> GetJwtCustomizerTokenTypePath:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(GetJwtCustomizerTokenTypePath, value)
