from typing import Literal, cast

CheckboxCustomProfileFieldRequestConfigDefaultValue = Literal["false", "true"]

CHECKBOX_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_DEFAULT_VALUE_VALUES: set[
    CheckboxCustomProfileFieldRequestConfigDefaultValue
] = {
    "false",
    "true",
}


def check_checkbox_custom_profile_field_request_config_default_value(
    value: str,
) -> CheckboxCustomProfileFieldRequestConfigDefaultValue:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(CheckboxCustomProfileFieldRequestConfigDefaultValue, value)
