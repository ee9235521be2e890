from typing import Literal, cast

OneTimeTokenStatus = Literal["active", "consumed", "expired", "revoked"]

ONE_TIME_TOKEN_STATUS_VALUES: set[OneTimeTokenStatus] = {
    "active",
    "consumed",
    "expired",
    "revoked",
}


def check_one_time_token_status(value: str) -> OneTimeTokenStatus:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(OneTimeTokenStatus, value)
