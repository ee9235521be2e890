from typing import Literal

FieldsPassword = Literal["Edit", "Off", "ReadOnly"]

FIELDS_PASSWORD_VALUES: set[FieldsPassword] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_password(value: str) -> FieldsPassword:
    if value in FIELDS_PASSWORD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELDS_PASSWORD_VALUES!r}")
