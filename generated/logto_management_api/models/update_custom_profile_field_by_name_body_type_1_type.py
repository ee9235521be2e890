from typing import Literal, cast

UpdateCustomProfileFieldByNameBodyType1Type = Literal["Number"]

UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_1_TYPE_VALUES: set[
    UpdateCustomProfileFieldByNameBodyType1Type
] = {
    "Number",
}


def check_update_custom_profile_field_by_name_body_type_1_type(
    value: str,
) -> UpdateCustomProfileFieldByNameBodyType1Type:
    if value in UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOM_PROFILE_FIELD_BY_NAME_BODY_TYPE_1_TYPE_VALUES!r}"
    )
