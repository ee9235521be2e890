from typing import Literal

PayloadResult = Literal["Error", "Success"]

PAYLOAD_RESULT_VALUES: set[PayloadResult] = {
    "Error",
    "Success",
}


def check_payload_result(value: str) -> PayloadResult:
    if value in PAYLOAD_RESULT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYLOAD_RESULT_VALUES!r}")
