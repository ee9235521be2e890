from typing import Literal, cast

ListOneTimeTokensStatus = Literal["active", "consumed", "expired", "revoked"]

LIST_ONE_TIME_TOKENS_STATUS_VALUES: set[ListOneTimeTokensStatus] = {
    "active",
    "consumed",
    "expired",
    "revoked",
}


def check_list_one_time_tokens_status(value: str) -> ListOneTimeTokensStatus:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ListOneTimeTokensStatus, value)
