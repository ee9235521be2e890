from typing import Literal, cast

FieldsPasskey = Literal["Edit", "Off", "ReadOnly"]

FIELDS_PASSKEY_VALUES: set[FieldsPasskey] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_passkey(value: str) -> FieldsPasskey:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FieldsPasskey, value)
