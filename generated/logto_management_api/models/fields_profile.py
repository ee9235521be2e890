from typing import Literal, cast

FieldsProfile = Literal["Edit", "Off", "ReadOnly"]

FIELDS_PROFILE_VALUES: set[FieldsProfile] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_profile(value: str) -> FieldsProfile:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FieldsProfile, value)
