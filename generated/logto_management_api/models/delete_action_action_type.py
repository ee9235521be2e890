from typing import Literal, cast

DeleteActionActionType = Literal["action.postFirstFactorVerification", "action.postSignIn"]

DELETE_ACTION_ACTION_TYPE_VALUES: set[DeleteActionActionType] = {
    "action.postFirstFactorVerification",
    "action.postSignIn",
}


def check_delete_action_action_type(value: str) -> DeleteActionActionType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(DeleteActionActionType, value)
