from typing import Literal, cast

FieldsPhone = Literal["Edit", "Off", "ReadOnly"]

FIELDS_PHONE_VALUES: set[FieldsPhone] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_phone(value: str) -> FieldsPhone:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FieldsPhone, value)
