from typing import Literal, cast

UrlCustomProfileFieldUpdateType = Literal["Url"]

URL_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES: set[UrlCustomProfileFieldUpdateType] = {
    "Url",
}


def check_url_custom_profile_field_update_type(value: str) -> UrlCustomProfileFieldUpdateType:
    if value in URL_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {URL_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES!r}"
    )
