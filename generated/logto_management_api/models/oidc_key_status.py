from typing import Literal

OidcKeyStatus = Literal["Current", "Next", "Previous"]

OIDC_KEY_STATUS_VALUES: set[OidcKeyStatus] = {
    "Current",
    "Next",
    "Previous",
}


def check_oidc_key_status(value: str) -> OidcKeyStatus:
    if value in OIDC_KEY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OIDC_KEY_STATUS_VALUES!r}")
