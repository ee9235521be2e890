from typing import Literal, cast

DeleteJwtCustomizerTokenTypePath = Literal["access-token", "client-credentials"]

DELETE_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES: set[DeleteJwtCustomizerTokenTypePath] = {
    "access-token",
    "client-credentials",
}


def check_delete_jwt_customizer_token_type_path(value: str) -> DeleteJwtCustomizerTokenTypePath:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(DeleteJwtCustomizerTokenTypePath, value)
