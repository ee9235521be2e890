from typing import Literal, cast

OneTimeTokenContextInteractionEvent = Literal["ForgotPassword", "Register", "SignIn"]

ONE_TIME_TOKEN_CONTEXT_INTERACTION_EVENT_VALUES: set[OneTimeTokenContextInteractionEvent] = {
    "ForgotPassword",
    "Register",
    "SignIn",
}


def check_one_time_token_context_interaction_event(
    value: str,
) -> OneTimeTokenContextInteractionEvent:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(OneTimeTokenContextInteractionEvent, value)
