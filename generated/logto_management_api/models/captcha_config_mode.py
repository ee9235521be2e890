from typing import Literal

CaptchaConfigMode = Literal["checkbox", "invisible"]

CAPTCHA_CONFIG_MODE_VALUES: set[CaptchaConfigMode] = {
    "checkbox",
    "invisible",
}


def check_captcha_config_mode(value: str) -> CaptchaConfigMode:
    if value in CAPTCHA_CONFIG_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAPTCHA_CONFIG_MODE_VALUES!r}")
