from typing import Literal

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
    if value in CREATE_APPLICATION_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICATION_BODY_TYPE_VALUES!r}"
    )
