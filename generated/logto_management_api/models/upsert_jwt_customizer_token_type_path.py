from typing import Literal, cast

UpsertJwtCustomizerTokenTypePath = Literal["access-token", "client-credentials"]

UPSERT_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES: set[UpsertJwtCustomizerTokenTypePath] = {
    "access-token",
    "client-credentials",
}


def check_upsert_jwt_customizer_token_type_path(value: str) -> UpsertJwtCustomizerTokenTypePath:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UpsertJwtCustomizerTokenTypePath, value)
