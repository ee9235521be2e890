from typing import Literal

FieldsAvatar = Literal["Edit", "Off", "ReadOnly"]

FIELDS_AVATAR_VALUES: set[FieldsAvatar] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_avatar(value: str) -> FieldsAvatar:
    if value in FIELDS_AVATAR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELDS_AVATAR_VALUES!r}")
