from typing import Literal

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
    if value in REPLACE_ONE_TIME_TOKEN_STATUS_BODY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REPLACE_ONE_TIME_TOKEN_STATUS_BODY_STATUS_VALUES!r}"
    )
