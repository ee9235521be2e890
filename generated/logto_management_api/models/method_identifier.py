from typing import Literal, cast

MethodIdentifier = Literal["email", "phone", "username"]

METHOD_IDENTIFIER_VALUES: set[MethodIdentifier] = {
    "email",
    "phone",
    "username",
}


def check_method_identifier(value: str) -> MethodIdentifier:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(MethodIdentifier, value)
