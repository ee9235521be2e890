from typing import Literal, cast

GetOidcKeysKeyType = Literal["cookie-keys", "private-keys"]

GET_OIDC_KEYS_KEY_TYPE_VALUES: set[GetOidcKeysKeyType] = {
    "cookie-keys",
    "private-keys",
}


def check_get_oidc_keys_key_type(value: str) -> GetOidcKeysKeyType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(GetOidcKeysKeyType, value)
