from typing import Literal

FieldsPasskey = Literal["Edit", "Off", "ReadOnly"]

FIELDS_PASSKEY_VALUES: set[FieldsPasskey] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_passkey(value: str) -> FieldsPasskey:
    if value in FIELDS_PASSKEY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELDS_PASSKEY_VALUES!r}")
