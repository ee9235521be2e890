from typing import Literal, cast

ActionEntryKey = Literal["action.postFirstFactorVerification", "action.postSignIn"]

ACTION_ENTRY_KEY_VALUES: set[ActionEntryKey] = {
    "action.postFirstFactorVerification",
    "action.postSignIn",
}


def check_action_entry_key(value: str) -> ActionEntryKey:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ActionEntryKey, value)
