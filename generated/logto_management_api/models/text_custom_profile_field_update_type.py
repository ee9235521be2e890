from typing import Literal, cast

TextCustomProfileFieldUpdateType = Literal["Text"]

TEXT_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES: set[TextCustomProfileFieldUpdateType] = {
    "Text",
}


def check_text_custom_profile_field_update_type(value: str) -> TextCustomProfileFieldUpdateType:
    if value in TEXT_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES!r}"
    )
