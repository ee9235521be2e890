from typing import Literal

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
    if value in SAML_APPLICATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAML_APPLICATION_TYPE_VALUES!r}")
