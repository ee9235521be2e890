from typing import Literal

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
    if value in ADDRESS_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_PART_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADDRESS_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_PART_TYPE_VALUES!r}"
    )
