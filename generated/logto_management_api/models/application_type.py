from typing import Literal

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
    if value in APPLICATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLICATION_TYPE_VALUES!r}")
