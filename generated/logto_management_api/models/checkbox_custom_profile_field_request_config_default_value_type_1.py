from typing import Literal, cast

CheckboxCustomProfileFieldRequestConfigDefaultValueType1 = Literal["false"]

CHECKBOX_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_DEFAULT_VALUE_TYPE_1_VALUES: set[
    CheckboxCustomProfileFieldRequestConfigDefaultValueType1
] = {
    "false",
}


def check_checkbox_custom_profile_field_request_config_default_value_type_1(
    value: str,
) -> CheckboxCustomProfileFieldRequestConfigDefaultValueType1:
    if value in CHECKBOX_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_DEFAULT_VALUE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKBOX_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_DEFAULT_VALUE_TYPE_1_VALUES!r}"
    )
