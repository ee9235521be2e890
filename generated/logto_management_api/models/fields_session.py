from typing import Literal, cast

FieldsSession = Literal["Edit", "Off", "ReadOnly"]

FIELDS_SESSION_VALUES: set[FieldsSession] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_session(value: str) -> FieldsSession:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FieldsSession, value)
