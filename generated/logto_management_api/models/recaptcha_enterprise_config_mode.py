from typing import Literal, cast

RecaptchaEnterpriseConfigMode = Literal["checkbox", "invisible"]

RECAPTCHA_ENTERPRISE_CONFIG_MODE_VALUES: set[RecaptchaEnterpriseConfigMode] = {
    "checkbox",
    "invisible",
}


def check_recaptcha_enterprise_config_mode(value: str) -> RecaptchaEnterpriseConfigMode:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(RecaptchaEnterpriseConfigMode, value)
