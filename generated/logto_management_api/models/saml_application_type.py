from typing import Literal, cast

SamlApplicationType = Literal[
    "MachineToMachine", "Native", "Protected", "SAML", "SPA", "Traditional"
]

SAML_APPLICATION_TYPE_VALUES: set[SamlApplicationType] = {
    "MachineToMachine",
    "Native",
    "Protected",
    "SAML",
    "SPA",
    "Traditional",
}


def check_saml_application_type(value: str) -> SamlApplicationType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(SamlApplicationType, value)
