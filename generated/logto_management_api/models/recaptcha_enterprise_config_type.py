from typing import Literal, cast

RecaptchaEnterpriseConfigType = Literal["RecaptchaEnterprise"]

RECAPTCHA_ENTERPRISE_CONFIG_TYPE_VALUES: set[RecaptchaEnterpriseConfigType] = {
    "RecaptchaEnterprise",
}


def check_recaptcha_enterprise_config_type(value: str) -> RecaptchaEnterpriseConfigType:
    if value in RECAPTCHA_ENTERPRISE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECAPTCHA_ENTERPRISE_CONFIG_TYPE_VALUES!r}"
    )
