from typing import Literal

UpdateActionBodyOnExecutionError = Literal["allow", "block"]

UPDATE_ACTION_BODY_ON_EXECUTION_ERROR_VALUES: set[UpdateActionBodyOnExecutionError] = {
    "allow",
    "block",
}


def check_update_action_body_on_execution_error(value: str) -> UpdateActionBodyOnExecutionError:
    if value in UPDATE_ACTION_BODY_ON_EXECUTION_ERROR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ACTION_BODY_ON_EXECUTION_ERROR_VALUES!r}"
    )
