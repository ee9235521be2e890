from typing import Literal

OneTimeTokenStatus = Literal["active", "consumed", "expired", "revoked"]

ONE_TIME_TOKEN_STATUS_VALUES: set[OneTimeTokenStatus] = {
    "active",
    "consumed",
    "expired",
    "revoked",
}


def check_one_time_token_status(value: str) -> OneTimeTokenStatus:
    if value in ONE_TIME_TOKEN_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONE_TIME_TOKEN_STATUS_VALUES!r}")
