from typing import Literal, cast

CreateApplicationBodyType = Literal[
    "MachineToMachine", "Native", "Protected", "SAML", "SPA", "Traditional"
]

CREATE_APPLICATION_BODY_TYPE_VALUES: set[CreateApplicationBodyType] = {
    "MachineToMachine",
    "Native",
    "Protected",
    "SAML",
    "SPA",
    "Traditional",
}


def check_create_application_body_type(value: str) -> CreateApplicationBodyType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(CreateApplicationBodyType, value)
