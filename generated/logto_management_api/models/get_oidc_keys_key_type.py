from typing import Literal

GetOidcKeysKeyType = Literal["cookie-keys", "private-keys"]

GET_OIDC_KEYS_KEY_TYPE_VALUES: set[GetOidcKeysKeyType] = {
    "cookie-keys",
    "private-keys",
}


def check_get_oidc_keys_key_type(value: str) -> GetOidcKeysKeyType:
    if value in GET_OIDC_KEYS_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_OIDC_KEYS_KEY_TYPE_VALUES!r}"
    )
