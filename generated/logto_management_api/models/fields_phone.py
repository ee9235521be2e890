from typing import Literal

FieldsPhone = Literal["Edit", "Off", "ReadOnly"]

FIELDS_PHONE_VALUES: set[FieldsPhone] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_phone(value: str) -> FieldsPhone:
    if value in FIELDS_PHONE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELDS_PHONE_VALUES!r}")
