from typing import Literal, cast

FieldsPassword = Literal["Edit", "Off", "ReadOnly"]

FIELDS_PASSWORD_VALUES: set[FieldsPassword] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_password(value: str) -> FieldsPassword:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FieldsPassword, value)
