from typing import Literal, cast

UpdateCustomProfileFieldByNameBodyType7Type = Literal["Address"]

UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_7_TYPE_VALUES: set[
    UpdateCustomProfileFieldByNameBodyType7Type
] = {
    "Address",
}


def check_update_custom_profile_field_by_name_body_type_7_type(
    value: str,
) -> UpdateCustomProfileFieldByNameBodyType7Type:
    if value in UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_7_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_7_TYPE_VALUES!r}"
    )
