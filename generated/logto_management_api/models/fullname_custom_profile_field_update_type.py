from typing import Literal, cast

FullnameCustomProfileFieldUpdateType = Literal["Fullname"]

FULLNAME_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES: set[FullnameCustomProfileFieldUpdateType] = {
    "Fullname",
}


def check_fullname_custom_profile_field_update_type(
    value: str,
) -> FullnameCustomProfileFieldUpdateType:
    if value in FULLNAME_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FULLNAME_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES!r}"
    )
