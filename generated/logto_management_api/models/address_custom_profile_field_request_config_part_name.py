from typing import Literal

AddressCustomProfileFieldRequestConfigPartName = Literal[
    "country", "formatted", "locality", "postalCode", "region", "streetAddress"
]

ADDRESS_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_PART_NAME_VALUES: set[
    AddressCustomProfileFieldRequestConfigPartName
] = {
    "country",
    "formatted",
    "locality",
    "postalCode",
    "region",
    "streetAddress",
}


def check_address_custom_profile_field_request_config_part_name(
    value: str,
) -> AddressCustomProfileFieldRequestConfigPartName:
    if value in ADDRESS_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_PART_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADDRESS_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_PART_NAME_VALUES!r}"
    )
