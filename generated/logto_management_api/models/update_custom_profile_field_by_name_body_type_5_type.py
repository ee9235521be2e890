from typing import Literal, cast

UpdateCustomProfileFieldByNameBodyType5Type = Literal["Url"]

UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_5_TYPE_VALUES: set[
    UpdateCustomProfileFieldByNameBodyType5Type
] = {
    "Url",
}


def check_update_custom_profile_field_by_name_body_type_5_type(
    value: str,
) -> UpdateCustomProfileFieldByNameBodyType5Type:
    if value in UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_5_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_5_TYPE_VALUES!r}"
    )
