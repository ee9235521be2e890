from typing import Literal, cast

NumberCustomProfileFieldUpdateType = Literal["Number"]

NUMBER_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES: set[NumberCustomProfileFieldUpdateType] = {
    "Number",
}


def check_number_custom_profile_field_update_type(value: str) -> NumberCustomProfileFieldUpdateType:
    if value in NUMBER_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUMBER_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES!r}"
    )
