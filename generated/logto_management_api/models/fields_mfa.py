from typing import Literal, cast

FieldsMfa = Literal["Edit", "Off", "ReadOnly"]

FIELDS_MFA_VALUES: set[FieldsMfa] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_mfa(value: str) -> FieldsMfa:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FieldsMfa, value)
