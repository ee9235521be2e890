from typing import Literal, cast

UpdateActionBodyOnExecutionError = Literal["allow", "block"]

UPDATE_ACTION_BODY_ON_EXECUTION_ERROR_VALUES: set[UpdateActionBodyOnExecutionError] = {
    "allow",
    "block",
}


def check_update_action_body_on_execution_error(value: str) -> UpdateActionBodyOnExecutionError:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UpdateActionBodyOnExecutionError, value)
