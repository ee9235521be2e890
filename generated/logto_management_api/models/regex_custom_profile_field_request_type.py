from typing import Literal, cast

RegexCustomProfileFieldRequestType = Literal["Regex"]

REGEX_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES: set[RegexCustomProfileFieldRequestType] = {
    "Regex",
}


def check_regex_custom_profile_field_request_type(value: str) -> RegexCustomProfileFieldRequestType:
    if value in REGEX_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGEX_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES!r}"
    )
