from typing import Literal, cast

ApplicationType = Literal["MachineToMachine", "Native", "Protected", "SAML", "SPA", "Traditional"]

APPLICATION_TYPE_VALUES: set[ApplicationType] = {
    "MachineToMachine",
    "Native",
    "Protected",
    "SAML",
    "SPA",
    "Traditional",
}


def check_application_type(value: str) -> ApplicationType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ApplicationType, value)
