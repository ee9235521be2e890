from typing import Literal, cast

GrantType = Literal["urn:ietf:params:oauth:grant-type:token-exchange"]

GRANT_TYPE_VALUES: set[GrantType] = {
    "urn:ietf:params:oauth:grant-type:token-exchange",
}


def check_grant_type(value: str) -> GrantType:
    if value in GRANT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GRANT_TYPE_VALUES!r}")
