from typing import Literal, cast

FieldsCustomData = Literal["Edit", "Off", "ReadOnly"]

FIELDS_CUSTOM_DATA_VALUES: set[FieldsCustomData] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_custom_data(value: str) -> FieldsCustomData:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FieldsCustomData, value)
