from typing import Literal

RecaptchaEnterpriseConfigMode = Literal["checkbox", "invisible"]

RECAPTCHA_ENTERPRISE_CONFIG_MODE_VALUES: set[RecaptchaEnterpriseConfigMode] = {
    "checkbox",
    "invisible",
}


def check_recaptcha_enterprise_config_mode(value: str) -> RecaptchaEnterpriseConfigMode:
    if value in RECAPTCHA_ENTERPRISE_CONFIG_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECAPTCHA_ENTERPRISE_CONFIG_MODE_VALUES!r}"
    )
