from typing import Literal

FieldsSession = Literal["Edit", "Off", "ReadOnly"]

FIELDS_SESSION_VALUES: set[FieldsSession] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_session(value: str) -> FieldsSession:
    if value in FIELDS_SESSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELDS_SESSION_VALUES!r}")
