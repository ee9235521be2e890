from typing import Literal, cast

FullnameCustomProfileFieldRequestConfigPartName = Literal["familyName", "givenName", "middleName"]

FULLNAME_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_PART_NAME_VALUES: set[
    FullnameCustomProfileFieldRequestConfigPartName
] = {
    "familyName",
    "givenName",
    "middleName",
}


def check_fullname_custom_profile_field_request_config_part_name(
    value: str,
) -> FullnameCustomProfileFieldRequestConfigPartName:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FullnameCustomProfileFieldRequestConfigPartName, value)
