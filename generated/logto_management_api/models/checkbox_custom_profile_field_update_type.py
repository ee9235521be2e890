from typing import Literal, cast

CheckboxCustomProfileFieldUpdateType = Literal["Checkbox"]

CHECKBOX_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES: set[CheckboxCustomProfileFieldUpdateType] = {
    "Checkbox",
}


def check_checkbox_custom_profile_field_update_type(
    value: str,
) -> CheckboxCustomProfileFieldUpdateType:
    if value in CHECKBOX_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKBOX_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES!r}"
    )
