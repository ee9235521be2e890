from typing import Literal

FieldsName = Literal["Edit", "Off", "ReadOnly"]

FIELDS_NAME_VALUES: set[FieldsName] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_name(value: str) -> FieldsName:
    if value in FIELDS_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELDS_NAME_VALUES!r}")
