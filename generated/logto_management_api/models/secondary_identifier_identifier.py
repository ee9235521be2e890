from typing import Literal, cast

SecondaryIdentifierIdentifier = Literal["email", "emailOrPhone", "phone", "username"]

SECONDARY_IDENTIFIER_IDENTIFIER_VALUES: set[SecondaryIdentifierIdentifier] = {
    "email",
    "emailOrPhone",
    "phone",
    "username",
}


def check_secondary_identifier_identifier(value: str) -> SecondaryIdentifierIdentifier:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(SecondaryIdentifierIdentifier, value)
