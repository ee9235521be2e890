from typing import Literal, cast

DeleteOidcKeyKeyType = Literal["cookie-keys", "private-keys"]

DELETE_OIDC_KEY_KEY_TYPE_VALUES: set[DeleteOidcKeyKeyType] = {
    "cookie-keys",
    "private-keys",
}


def check_delete_oidc_key_key_type(value: str) -> DeleteOidcKeyKeyType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(DeleteOidcKeyKeyType, value)
