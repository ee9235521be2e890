from typing import Literal, cast

UpdateCustomProfileFieldByNameBodyType3Type = Literal["Checkbox"]

UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_3_TYPE_VALUES: set[
    UpdateCustomProfileFieldByNameBodyType3Type
] = {
    "Checkbox",
}


def check_update_custom_profile_field_by_name_body_type_3_type(
    value: str,
) -> UpdateCustomProfileFieldByNameBodyType3Type:
    if value in UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_3_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_3_TYPE_VALUES!r}"
    )
