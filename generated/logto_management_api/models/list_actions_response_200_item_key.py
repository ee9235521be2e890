from typing import Literal, cast

ListActionsResponse200ItemKey = Literal["action.postFirstFactorVerification", "action.postSignIn"]

LIST_ACTIONS_RESPONSE_200_ITEM_KEY_VALUES: set[ListActionsResponse200ItemKey] = {
    "action.postFirstFactorVerification",
    "action.postSignIn",
}


def check_list_actions_response_200_item_key(value: str) -> ListActionsResponse200ItemKey:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ListActionsResponse200ItemKey, value)
