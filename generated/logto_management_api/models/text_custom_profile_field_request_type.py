from typing import Literal, cast

TextCustomProfileFieldRequestType = Literal["Text"]

TEXT_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES: set[TextCustomProfileFieldRequestType] = {
    "Text",
}


def check_text_custom_profile_field_request_type(value: str) -> TextCustomProfileFieldRequestType:
    if value in TEXT_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES!r}"
    )
