from typing import Literal, cast

AddressCustomProfileFieldRequestConfigPartType = Literal[
    "Address", "Checkbox", "Date", "Fullname", "Number", "Regex", "Select", "Text", "Url"
]

ADDRESS_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_PART_TYPE_VALUES: set[
    AddressCustomProfileFieldRequestConfigPartType
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


def check_address_custom_profile_field_request_config_part_type(
    value: str,
) -> AddressCustomProfileFieldRequestConfigPartType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(AddressCustomProfileFieldRequestConfigPartType, value)
