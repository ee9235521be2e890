from typing import Literal, cast

CaptchaConfigMode = Literal["checkbox", "invisible"]

CAPTCHA_CONFIG_MODE_VALUES: set[CaptchaConfigMode] = {
    "checkbox",
    "invisible",
}


def check_captcha_config_mode(value: str) -> CaptchaConfigMode:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(CaptchaConfigMode, value)
