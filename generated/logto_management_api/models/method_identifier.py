from typing import Literal

MethodIdentifier = Literal["email", "phone", "username"]

METHOD_IDENTIFIER_VALUES: set[MethodIdentifier] = {
    "email",
    "phone",
    "username",
}


def check_method_identifier(value: str) -> MethodIdentifier:
    if value in METHOD_IDENTIFIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METHOD_IDENTIFIER_VALUES!r}")
