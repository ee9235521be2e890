from typing import Literal, cast

CaptchaConfigType = Literal["RecaptchaEnterprise", "Turnstile"]

CAPTCHA_CONFIG_TYPE_VALUES: set[CaptchaConfigType] = {
    "RecaptchaEnterprise",
    "Turnstile",
}


def check_captcha_config_type(value: str) -> CaptchaConfigType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(CaptchaConfigType, value)
