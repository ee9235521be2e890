from typing import Literal, cast

UpsertActionActionType = Literal["action.postFirstFactorVerification", "action.postSignIn"]

UPSERT_ACTION_ACTION_TYPE_VALUES: set[UpsertActionActionType] = {
    "action.postFirstFactorVerification",
    "action.postSignIn",
}


def check_upsert_action_action_type(value: str) -> UpsertActionActionType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UpsertActionActionType, value)
