from typing import Literal

CustomProfileFieldType = Literal[
    "Address", "Checkbox", "Date", "Fullname", "Number", "Regex", "Select", "Text", "Url"
]

CUSTOM_PROFILE_FIELD_TYPE_VALUES: set[CustomProfileFieldType] = {
    "Address",
    "Checkbox",
    "Date",
    "Fullname",
    "Number",
    "Regex",
    "Select",
    "Text",
    "Url",
}


def check_custom_profile_field_type(value: str) -> CustomProfileFieldType:
    if value in CUSTOM_PROFILE_FIELD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_PROFILE_FIELD_TYPE_VALUES!r}"
    )
