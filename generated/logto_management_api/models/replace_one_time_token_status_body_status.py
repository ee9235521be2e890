from typing import Literal, cast

ReplaceOneTimeTokenStatusBodyStatus = Literal["active", "consumed", "expired", "revoked"]

REPLACE_ONE_TIME_TOKEN_STATUS_BODY_STATUS_VALUES: set[ReplaceOneTimeTokenStatusBodyStatus] = {
    "active",
    "consumed",
    "expired",
    "revoked",
}


def check_replace_one_time_token_status_body_status(
    value: str,
) -> ReplaceOneTimeTokenStatusBodyStatus:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ReplaceOneTimeTokenStatusBodyStatus, value)
