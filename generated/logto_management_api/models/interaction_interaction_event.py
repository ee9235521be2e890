from typing import Literal, cast

InteractionInteractionEvent = Literal["ForgotPassword", "Register", "SignIn"]

INTERACTION_INTERACTION_EVENT_VALUES: set[InteractionInteractionEvent] = {
    "ForgotPassword",
    "Register",
    "SignIn",
}


def check_interaction_interaction_event(value: str) -> InteractionInteractionEvent:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(InteractionInteractionEvent, value)
