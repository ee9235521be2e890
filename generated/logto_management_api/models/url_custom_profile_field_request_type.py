from typing import Literal, cast

UrlCustomProfileFieldRequestType = Literal["Url"]

URL_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES: set[UrlCustomProfileFieldRequestType] = {
    "Url",
}


def check_url_custom_profile_field_request_type(value: str) -> UrlCustomProfileFieldRequestType:
    if value in URL_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {URL_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES!r}"
    )
