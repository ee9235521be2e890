from typing import Literal, cast

LastSubmissionInteractionEvent = Literal["ForgotPassword", "Register", "SignIn"]

LAST_SUBMISSION_INTERACTION_EVENT_VALUES: set[LastSubmissionInteractionEvent] = {
    "ForgotPassword",
    "Register",
    "SignIn",
}


def check_last_submission_interaction_event(value: str) -> LastSubmissionInteractionEvent:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(LastSubmissionInteractionEvent, value)
