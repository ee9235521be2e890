from typing import Literal

UpdateActionActionType = Literal["action.postFirstFactorVerification", "action.postSignIn"]

UPDATE_ACTION_ACTION_TYPE_VALUES: set[UpdateActionActionType] = {
    "action.postFirstFactorVerification",
    "action.postSignIn",
}


def check_update_action_action_type(value: str) -> UpdateActionActionType:
    if value in UPDATE_ACTION_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ACTION_ACTION_TYPE_VALUES!r}"
    )
