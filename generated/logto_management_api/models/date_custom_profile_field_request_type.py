from typing import Literal, cast

DateCustomProfileFieldRequestType = Literal["Date"]

DATE_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES: set[DateCustomProfileFieldRequestType] = {
    "Date",
}


def check_date_custom_profile_field_request_type(value: str) -> DateCustomProfileFieldRequestType:
    if value in DATE_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATE_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES!r}"
    )
