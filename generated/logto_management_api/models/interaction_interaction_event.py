from typing import Literal

InteractionInteractionEvent = Literal["ForgotPassword", "Register", "SignIn"]

INTERACTION_INTERACTION_EVENT_VALUES: set[InteractionInteractionEvent] = {
    "ForgotPassword",
    "Register",
    "SignIn",
}


def check_interaction_interaction_event(value: str) -> InteractionInteractionEvent:
    if value in INTERACTION_INTERACTION_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTERACTION_INTERACTION_EVENT_VALUES!r}"
    )
