from typing import Literal

ContextApplicationType = Literal[
    "MachineToMachine", "Native", "Protected", "SAML", "SPA", "Traditional"
]

CONTEXT_APPLICATION_TYPE_VALUES: set[ContextApplicationType] = {
    "MachineToMachine",
    "Native",
    "Protected",
    "SAML",
    "SPA",
    "Traditional",
}


def check_context_application_type(value: str) -> ContextApplicationType:
    if value in CONTEXT_APPLICATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTEXT_APPLICATION_TYPE_VALUES!r}"
    )
