from typing import Literal

DeleteOidcKeyKeyType = Literal["cookie-keys", "private-keys"]

DELETE_OIDC_KEY_KEY_TYPE_VALUES: set[DeleteOidcKeyKeyType] = {
    "cookie-keys",
    "private-keys",
}


def check_delete_oidc_key_key_type(value: str) -> DeleteOidcKeyKeyType:
    if value in DELETE_OIDC_KEY_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_OIDC_KEY_KEY_TYPE_VALUES!r}"
    )
