from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(AddressCustomProfileFieldRequestConfigPartName, value)
