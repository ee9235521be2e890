from typing import Literal, cast

SelectCustomProfileFieldRequestType = Literal["Select"]

SELECT_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES: set[SelectCustomProfileFieldRequestType] = {
    "Select",
}


def check_select_custom_profile_field_request_type(
    value: str,
) -> SelectCustomProfileFieldRequestType:
    if value in SELECT_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SELECT_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES!r}"
    )
