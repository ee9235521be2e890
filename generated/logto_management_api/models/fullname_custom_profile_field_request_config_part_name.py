from typing import Literal

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
    if value in FULLNAME_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_PART_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FULLNAME_CUSTOM_PROFILE_FIELD_REQUEST_CONFIG_PART_NAME_VALUES!r}"
    )
