from typing import Literal, cast

UpdateCustomProfileFieldByNameBodyType4Type = Literal["Select"]

UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_4_TYPE_VALUES: set[
    UpdateCustomProfileFieldByNameBodyType4Type
] = {
    "Select",
}


def check_update_custom_profile_field_by_name_body_type_4_type(
    value: str,
) -> UpdateCustomProfileFieldByNameBodyType4Type:
    if value in UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_4_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_4_TYPE_VALUES!r}"
    )
