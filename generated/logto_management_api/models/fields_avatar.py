from typing import Literal, cast

FieldsAvatar = Literal["Edit", "Off", "ReadOnly"]

FIELDS_AVATAR_VALUES: set[FieldsAvatar] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_avatar(value: str) -> FieldsAvatar:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FieldsAvatar, value)
