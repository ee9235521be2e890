from typing import Literal

FieldsMfa = Literal["Edit", "Off", "ReadOnly"]

FIELDS_MFA_VALUES: set[FieldsMfa] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_mfa(value: str) -> FieldsMfa:
    if value in FIELDS_MFA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELDS_MFA_VALUES!r}")
