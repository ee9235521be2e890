from typing import Literal

RotateOidcKeysKeyType = Literal["cookie-keys", "private-keys"]

ROTATE_OIDC_KEYS_KEY_TYPE_VALUES: set[RotateOidcKeysKeyType] = {
    "cookie-keys",
    "private-keys",
}


def check_rotate_oidc_keys_key_type(value: str) -> RotateOidcKeysKeyType:
    if value in ROTATE_OIDC_KEYS_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROTATE_OIDC_KEYS_KEY_TYPE_VALUES!r}"
    )
