from typing import Literal

OneTimeTokenContextInteractionEvent = Literal["ForgotPassword", "Register", "SignIn"]

ONE_TIME_TOKEN_CONTEXT_INTERACTION_EVENT_VALUES: set[OneTimeTokenContextInteractionEvent] = {
    "ForgotPassword",
    "Register",
    "SignIn",
}


def check_one_time_token_context_interaction_event(
    value: str,
) -> OneTimeTokenContextInteractionEvent:
    if value in ONE_TIME_TOKEN_CONTEXT_INTERACTION_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ONE_TIME_TOKEN_CONTEXT_INTERACTION_EVENT_VALUES!r}"
    )
