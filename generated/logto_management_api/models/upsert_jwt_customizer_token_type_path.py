from typing import Literal

UpsertJwtCustomizerTokenTypePath = Literal["access-token", "client-credentials"]

UPSERT_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES: set[UpsertJwtCustomizerTokenTypePath] = {
    "access-token",
    "client-credentials",
}


def check_upsert_jwt_customizer_token_type_path(value: str) -> UpsertJwtCustomizerTokenTypePath:
    if value in UPSERT_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPSERT_JWT_CUSTOMIZER_TOKEN_TYPE_PATH_VALUES!r}"
    )
