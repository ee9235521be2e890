from typing import Literal, cast

CheckboxCustomProfileFieldRequestType = Literal["Checkbox"]

CHECKBOX_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES: set[CheckboxCustomProfileFieldRequestType] = {
    "Checkbox",
}


def check_checkbox_custom_profile_field_request_type(
    value: str,
) -> CheckboxCustomProfileFieldRequestType:
    if value in CHECKBOX_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKBOX_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES!r}"
    )
