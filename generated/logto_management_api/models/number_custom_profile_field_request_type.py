from typing import Literal, cast

NumberCustomProfileFieldRequestType = Literal["Number"]

NUMBER_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES: set[NumberCustomProfileFieldRequestType] = {
    "Number",
}


def check_number_custom_profile_field_request_type(
    value: str,
) -> NumberCustomProfileFieldRequestType:
    if value in NUMBER_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUMBER_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES!r}"
    )
