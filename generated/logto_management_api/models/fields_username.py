from typing import Literal, cast

FieldsUsername = Literal["Edit", "Off", "ReadOnly"]

FIELDS_USERNAME_VALUES: set[FieldsUsername] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_username(value: str) -> FieldsUsername:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FieldsUsername, value)
