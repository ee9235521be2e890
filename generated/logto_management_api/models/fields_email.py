from typing import Literal, cast

FieldsEmail = Literal["Edit", "Off", "ReadOnly"]

FIELDS_EMAIL_VALUES: set[FieldsEmail] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_email(value: str) -> FieldsEmail:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FieldsEmail, value)
