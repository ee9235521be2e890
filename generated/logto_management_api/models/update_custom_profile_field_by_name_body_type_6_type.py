from typing import Literal, cast

UpdateCustomProfileFieldByNameBodyType6Type = Literal["Regex"]

UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_6_TYPE_VALUES: set[
    UpdateCustomProfileFieldByNameBodyType6Type
] = {
    "Regex",
}


def check_update_custom_profile_field_by_name_body_type_6_type(
    value: str,
) -> UpdateCustomProfileFieldByNameBodyType6Type:
    if value in UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_6_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_6_TYPE_VALUES!r}"
    )
