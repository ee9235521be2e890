from typing import Literal, cast

GetActionActionType = Literal["action.postFirstFactorVerification", "action.postSignIn"]

GET_ACTION_ACTION_TYPE_VALUES: set[GetActionActionType] = {
    "action.postFirstFactorVerification",
    "action.postSignIn",
}


def check_get_action_action_type(value: str) -> GetActionActionType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(GetActionActionType, value)
