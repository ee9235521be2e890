from typing import Literal, cast

RotateOidcKeysKeyType = Literal["cookie-keys", "private-keys"]

ROTATE_OIDC_KEYS_KEY_TYPE_VALUES: set[RotateOidcKeysKeyType] = {
    "cookie-keys",
    "private-keys",
}


def check_rotate_oidc_keys_key_type(value: str) -> RotateOidcKeysKeyType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(RotateOidcKeysKeyType, value)
