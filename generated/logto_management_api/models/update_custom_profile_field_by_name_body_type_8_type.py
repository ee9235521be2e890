from typing import Literal, cast

UpdateCustomProfileFieldByNameBodyType8Type = Literal["Fullname"]

UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_8_TYPE_VALUES: set[
    UpdateCustomProfileFieldByNameBodyType8Type
] = {
    "Fullname",
}


def check_update_custom_profile_field_by_name_body_type_8_type(
    value: str,
) -> UpdateCustomProfileFieldByNameBodyType8Type:
    if value in UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_8_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_8_TYPE_VALUES!r}"
    )
