from typing import Literal, cast

OidcKeyStatus = Literal["Current", "Next", "Previous"]

OIDC_KEY_STATUS_VALUES: set[OidcKeyStatus] = {
    "Current",
    "Next",
    "Previous",
}


def check_oidc_key_status(value: str) -> OidcKeyStatus:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(OidcKeyStatus, value)
