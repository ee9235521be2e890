from typing import Literal, cast

SelectCustomProfileFieldUpdateType = Literal["Select"]

SELECT_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES: set[SelectCustomProfileFieldUpdateType] = {
    "Select",
}


def check_select_custom_profile_field_update_type(value: str) -> SelectCustomProfileFieldUpdateType:
    if value in SELECT_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SELECT_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES!r}"
    )
