from typing import Literal, cast

SecondaryIdentifierIdentifierType1 = Literal["emailOrPhone"]

SECONDARY_IDENTIFIER_IDENTIFIER_TYPE_1_VALUES: set[SecondaryIdentifierIdentifierType1] = {
    "emailOrPhone",
}


def check_secondary_identifier_identifier_type_1(value: str) -> SecondaryIdentifierIdentifierType1:
    if value in SECONDARY_IDENTIFIER_IDENTIFIER_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SECONDARY_IDENTIFIER_IDENTIFIER_TYPE_1_VALUES!r}"
    )
