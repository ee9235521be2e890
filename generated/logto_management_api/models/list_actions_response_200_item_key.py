from typing import Literal

ListActionsResponse200ItemKey = Literal["action.postFirstFactorVerification", "action.postSignIn"]

LIST_ACTIONS_RESPONSE_200_ITEM_KEY_VALUES: set[ListActionsResponse200ItemKey] = {
    "action.postFirstFactorVerification",
    "action.postSignIn",
}


def check_list_actions_response_200_item_key(value: str) -> ListActionsResponse200ItemKey:
    if value in LIST_ACTIONS_RESPONSE_200_ITEM_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ACTIONS_RESPONSE_200_ITEM_KEY_VALUES!r}"
    )
