from typing import Literal, cast

TurnstileConfigType = Literal["Turnstile"]

TURNSTILE_CONFIG_TYPE_VALUES: set[TurnstileConfigType] = {
    "Turnstile",
}


def check_turnstile_config_type(value: str) -> TurnstileConfigType:
    if value in TURNSTILE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TURNSTILE_CONFIG_TYPE_VALUES!r}")
