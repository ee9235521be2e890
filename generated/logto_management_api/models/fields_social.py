from typing import Literal, cast

FieldsSocial = Literal["Edit", "Off", "ReadOnly"]

FIELDS_SOCIAL_VALUES: set[FieldsSocial] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_social(value: str) -> FieldsSocial:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FieldsSocial, value)
