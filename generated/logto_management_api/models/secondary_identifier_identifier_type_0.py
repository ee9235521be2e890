from typing import Literal, cast

SecondaryIdentifierIdentifierType0 = Literal["email", "phone", "username"]

SECONDARY_IDENTIFIER_IDENTIFIER_TYPE_0_VALUES: set[SecondaryIdentifierIdentifierType0] = {
    "email",
    "phone",
    "username",
}


def check_secondary_identifier_identifier_type_0(value: str) -> SecondaryIdentifierIdentifierType0:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(SecondaryIdentifierIdentifierType0, value)
