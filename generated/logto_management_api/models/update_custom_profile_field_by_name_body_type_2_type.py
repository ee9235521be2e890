from typing import Literal, cast

UpdateCustomProfileFieldByNameBodyType2Type = Literal["Date"]

UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_2_TYPE_VALUES: set[
    UpdateCustomProfileFieldByNameBodyType2Type
] = {
    "Date",
}


def check_update_custom_profile_field_by_name_body_type_2_type(
    value: str,
) -> UpdateCustomProfileFieldByNameBodyType2Type:
    if value in UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_2_TYPE_VALUES!r}"
    )
