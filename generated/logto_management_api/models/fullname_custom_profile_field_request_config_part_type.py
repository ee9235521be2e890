from typing import Literal

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
    if value in FULLNAME_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_PART_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FULLNAME_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_PART_TYPE_VALUES!r}"
    )
