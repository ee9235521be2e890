from typing import Literal, cast

UpdateActionActionType = Literal["action.postFirstFactorVerification", "action.postSignIn"]

UPDATE_ACTION_ACTION_TYPE_VALUES: set[UpdateActionActionType] = {
    "action.postFirstFactorVerification",
    "action.postSignIn",
}


def check_update_action_action_type(value: str) -> UpdateActionActionType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UpdateActionActionType, value)
