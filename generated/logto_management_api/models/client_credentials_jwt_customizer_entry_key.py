from typing import Literal, cast

ClientCredentialsJwtCustomizerEntryKey = Literal["jwt.clientCredentials"]

CLIENT_CREDENTIALS_JWT_CUSTOMIZER_ENTRY_KEY_VALUES: set[ClientCredentialsJwtCustomizerEntryKey] = {
    "jwt.clientCredentials",
}


def check_client_credentials_jwt_customizer_entry_key(
    value: str,
) -> ClientCredentialsJwtCustomizerEntryKey:
    if value in CLIENT_CREDENTIALS_JWT_CUSTOMIZER_ENTRY_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLIENT_CREDENTIALS_JWT_CUSTOMIZER_ENTRY_KEY_VALUES!r}"
    )
