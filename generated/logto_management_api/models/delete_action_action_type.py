from typing import Literal

DeleteActionActionType = Literal["action.postFirstFactorVerification", "action.postSignIn"]

DELETE_ACTION_ACTION_TYPE_VALUES: set[DeleteActionActionType] = {
    "action.postFirstFactorVerification",
    "action.postSignIn",
}


def check_delete_action_action_type(value: str) -> DeleteActionActionType:
    if value in DELETE_ACTION_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_ACTION_ACTION_TYPE_VALUES!r}"
    )
