from typing import Literal, cast

ActionOnExecutionError = Literal["allow", "block"]

ACTION_ON_EXECUTION_ERROR_VALUES: set[ActionOnExecutionError] = {
    "allow",
    "block",
}


def check_action_on_execution_error(value: str) -> ActionOnExecutionError:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ActionOnExecutionError, value)
