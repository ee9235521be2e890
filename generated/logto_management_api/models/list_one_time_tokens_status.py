from typing import Literal

ListOneTimeTokensStatus = Literal["active", "consumed", "expired", "revoked"]

LIST_ONE_TIME_TOKENS_STATUS_VALUES: set[ListOneTimeTokensStatus] = {
    "active",
    "consumed",
    "expired",
    "revoked",
}


def check_list_one_time_tokens_status(value: str) -> ListOneTimeTokensStatus:
    if value in LIST_ONE_TIME_TOKENS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ONE_TIME_TOKENS_STATUS_VALUES!r}"
    )
