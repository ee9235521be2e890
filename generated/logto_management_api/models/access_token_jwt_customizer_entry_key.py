from typing import Literal, cast

AccessTokenJwtCustomizerEntryKey = Literal["jwt.accessToken"]

ACCESS_TOKEN_JWT_CUSTOMIZER_ENTRY_KEY_VALUES: set[AccessTokenJwtCustomizerEntryKey] = {
    "jwt.accessToken",
}


def check_access_token_jwt_customizer_entry_key(value: str) -> AccessTokenJwtCustomizerEntryKey:
    if value in ACCESS_TOKEN_JWT_CUSTOMIZER_ENTRY_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACCESS_TOKEN_JWT_CUSTOMIZER_ENTRY_KEY_VALUES!r}"
    )
