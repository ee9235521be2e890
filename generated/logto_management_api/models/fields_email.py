from typing import Literal

FieldsEmail = Literal["Edit", "Off", "ReadOnly"]

FIELDS_EMAIL_VALUES: set[FieldsEmail] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_email(value: str) -> FieldsEmail:
    if value in FIELDS_EMAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELDS_EMAIL_VALUES!r}")
