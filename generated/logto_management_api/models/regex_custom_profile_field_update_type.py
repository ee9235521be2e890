from typing import Literal, cast

RegexCustomProfileFieldUpdateType = Literal["Regex"]

REGEX_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES: set[RegexCustomProfileFieldUpdateType] = {
    "Regex",
}


def check_regex_custom_profile_field_update_type(value: str) -> RegexCustomProfileFieldUpdateType:
    if value in REGEX_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGEX_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES!r}"
    )
