from typing import Literal

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
    if value in ORGANIZATION_APPLICATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_APPLICATION_TYPE_VALUES!r}"
    )
