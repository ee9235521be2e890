from typing import Literal

ActionOnExecutionError = Literal["allow", "block"]

ACTION_ON_EXECUTION_ERROR_VALUES: set[ActionOnExecutionError] = {
    "allow",
    "block",
}


def check_action_on_execution_error(value: str) -> ActionOnExecutionError:
    if value in ACTION_ON_EXECUTION_ERROR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTION_ON_EXECUTION_ERROR_VALUES!r}"
    )
