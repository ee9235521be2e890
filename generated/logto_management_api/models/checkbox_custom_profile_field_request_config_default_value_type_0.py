from typing import Literal, cast

CheckboxCustomProfileFieldRequestConfigDefaultValueType0 = Literal["true"]

CHECKBOX_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_DEFAULT_VALUE_TYPE_0_VALUES: set[
    CheckboxCustomProfileFieldRequestConfigDefaultValueType0
] = {
    "true",
}


def check_checkbox_custom_profile_field_request_config_default_value_type_0(
    value: str,
) -> CheckboxCustomProfileFieldRequestConfigDefaultValueType0:
    if value in CHECKBOX_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_DEFAULT_VALUE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKBOX_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_DEFAULT_VALUE_TYPE_0_VALUES!r}"
    )
