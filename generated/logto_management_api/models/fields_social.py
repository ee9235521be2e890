from typing import Literal

FieldsSocial = Literal["Edit", "Off", "ReadOnly"]

FIELDS_SOCIAL_VALUES: set[FieldsSocial] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_social(value: str) -> FieldsSocial:
    if value in FIELDS_SOCIAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELDS_SOCIAL_VALUES!r}")
