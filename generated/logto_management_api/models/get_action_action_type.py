from typing import Literal

GetActionActionType = Literal["action.postFirstFactorVerification", "action.postSignIn"]

GET_ACTION_ACTION_TYPE_VALUES: set[GetActionActionType] = {
    "action.postFirstFactorVerification",
    "action.postSignIn",
}


def check_get_action_action_type(value: str) -> GetActionActionType:
    if value in GET_ACTION_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ACTION_ACTION_TYPE_VALUES!r}"
    )
