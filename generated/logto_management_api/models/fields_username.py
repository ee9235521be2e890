from typing import Literal

FieldsUsername = Literal["Edit", "Off", "ReadOnly"]

FIELDS_USERNAME_VALUES: set[FieldsUsername] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_username(value: str) -> FieldsUsername:
    if value in FIELDS_USERNAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELDS_USERNAME_VALUES!r}")
