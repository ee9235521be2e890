from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(CustomProfileFieldType, value)
