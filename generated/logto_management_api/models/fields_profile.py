from typing import Literal

FieldsProfile = Literal["Edit", "Off", "ReadOnly"]

FIELDS_PROFILE_VALUES: set[FieldsProfile] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_profile(value: str) -> FieldsProfile:
    if value in FIELDS_PROFILE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELDS_PROFILE_VALUES!r}")
