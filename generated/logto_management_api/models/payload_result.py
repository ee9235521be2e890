from typing import Literal, cast

PayloadResult = Literal["Error", "Success"]

PAYLOAD_RESULT_VALUES: set[PayloadResult] = {
    "Error",
    "Success",
}


def check_payload_result(value: str) -> PayloadResult:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(PayloadResult, value)
