from typing import Literal, cast

OrganizationApplicationType = Literal[
    "MachineToMachine", "Native", "Protected", "SAML", "SPA", "Traditional"
]

ORGANIZATION_APPLICATION_TYPE_VALUES: set[OrganizationApplicationType] = {
    "MachineToMachine",
    "Native",
    "Protected",
    "SAML",
    "SPA",
    "Traditional",
}


def check_organization_application_type(value: str) -> OrganizationApplicationType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(OrganizationApplicationType, value)
