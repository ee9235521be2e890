from typing import Literal

SecondaryIdentifierIdentifierType0 = Literal["email", "phone", "username"]

SECONDARY_IDENTIFIER_IDENTIFIER_TYPE_0_VALUES: set[SecondaryIdentifierIdentifierType0] = {
    "email",
    "phone",
    "username",
}


def check_secondary_identifier_identifier_type_0(value: str) -> SecondaryIdentifierIdentifierType0:
    if value in SECONDARY_IDENTIFIER_IDENTIFIER_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SECONDARY_IDENTIFIER_IDENTIFIER_TYPE_0_VALUES!r}"
    )
