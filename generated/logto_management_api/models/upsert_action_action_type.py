from typing import Literal

UpsertActionActionType = Literal["action.postFirstFactorVerification", "action.postSignIn"]

UPSERT_ACTION_ACTION_TYPE_VALUES: set[UpsertActionActionType] = {
    "action.postFirstFactorVerification",
    "action.postSignIn",
}


def check_upsert_action_action_type(value: str) -> UpsertActionActionType:
    if value in UPSERT_ACTION_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPSERT_ACTION_ACTION_TYPE_VALUES!r}"
    )
