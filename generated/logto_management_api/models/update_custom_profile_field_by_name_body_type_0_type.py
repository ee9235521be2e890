from typing import Literal, cast

UpdateCustomProfileFieldByNameBodyType0Type = Literal["Text"]

UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_0_TYPE_VALUES: set[
    UpdateCustomProfileFieldByNameBodyType0Type
] = {
    "Text",
}


def check_update_custom_profile_field_by_name_body_type_0_type(
    value: str,
) -> UpdateCustomProfileFieldByNameBodyType0Type:
    if value in UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_0_TYPE_VALUES!r}"
    )
