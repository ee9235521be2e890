from typing import Literal, cast

FullnameCustomProfileFieldRequestConfigPartType = Literal[
    "Address", "Checkbox", "Date", "Fullname", "Number", "Regex", "Select", "Text", "Url"
]

FULLNAME_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_PART_TYPE_VALUES: set[
    FullnameCustomProfileFieldRequestConfigPartType
] = {
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


def check_fullname_custom_profile_field_request_config_part_type(
    value: str,
) -> FullnameCustomProfileFieldRequestConfigPartType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FullnameCustomProfileFieldRequestConfigPartType, value)
