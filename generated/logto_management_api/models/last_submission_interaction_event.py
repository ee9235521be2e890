from typing import Literal

LastSubmissionInteractionEvent = Literal["ForgotPassword", "Register", "SignIn"]

LAST_SUBMISSION_INTERACTION_EVENT_VALUES: set[LastSubmissionInteractionEvent] = {
    "ForgotPassword",
    "Register",
    "SignIn",
}


def check_last_submission_interaction_event(value: str) -> LastSubmissionInteractionEvent:
    if value in LAST_SUBMISSION_INTERACTION_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LAST_SUBMISSION_INTERACTION_EVENT_VALUES!r}"
    )
