from typing import Literal

RoleApplicationType = Literal[
    "MachineToMachine", "Native", "Protected", "SAML", "SPA", "Traditional"
]

ROLE_APPLICATION_TYPE_VALUES: set[RoleApplicationType] = {
    "MachineToMachine",
    "Native",
    "Protected",
    "SAML",
    "SPA",
    "Traditional",
}


def check_role_application_type(value: str) -> RoleApplicationType:
    if value in ROLE_APPLICATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROLE_APPLICATION_TYPE_VALUES!r}")
