from typing import Literal

CaptchaConfigType = Literal["RecaptchaEnterprise", "Turnstile"]

CAPTCHA_CONFIG_TYPE_VALUES: set[CaptchaConfigType] = {
    "RecaptchaEnterprise",
    "Turnstile",
}


def check_captcha_config_type(value: str) -> CaptchaConfigType:
    if value in CAPTCHA_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAPTCHA_CONFIG_TYPE_VALUES!r}")
