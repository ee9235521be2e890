from typing import Literal, cast

FieldsName = Literal["Edit", "Off", "ReadOnly"]

FIELDS_NAME_VALUES: set[FieldsName] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_name(value: str) -> FieldsName:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FieldsName, value)
