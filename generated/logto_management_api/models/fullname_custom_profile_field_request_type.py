from typing import Literal, cast

FullnameCustomProfileFieldRequestType = Literal["Fullname"]

FULLNAME_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES: set[FullnameCustomProfileFieldRequestType] = {
    "Fullname",
}


def check_fullname_custom_profile_field_request_type(
    value: str,
) -> FullnameCustomProfileFieldRequestType:
    if value in FULLNAME_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FULLNAME_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES!r}"
    )
