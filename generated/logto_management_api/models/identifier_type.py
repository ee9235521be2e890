from typing import Literal, cast

IdentifierType = Literal["email"]

IDENTIFIER_TYPE_VALUES: set[IdentifierType] = {
    "email",
}


def check_identifier_type(value: str) -> IdentifierType:
    if value in IDENTIFIER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IDENTIFIER_TYPE_VALUES!r}")
