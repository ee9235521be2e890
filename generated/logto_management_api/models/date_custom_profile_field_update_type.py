from typing import Literal, cast

DateCustomProfileFieldUpdateType = Literal["Date"]

DATE_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES: set[DateCustomProfileFieldUpdateType] = {
    "Date",
}


def check_date_custom_profile_field_update_type(value: str) -> DateCustomProfileFieldUpdateType:
    if value in DATE_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATE_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES!r}"
    )
