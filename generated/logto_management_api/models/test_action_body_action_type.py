from typing import Literal, cast

TestActionBodyActionType = Literal["action.postFirstFactorVerification", "action.postSignIn"]

TEST_ACTION_BODY_ACTION_TYPE_VALUES: set[TestActionBodyActionType] = {
    "action.postFirstFactorVerification",
    "action.postSignIn",
}


def check_test_action_body_action_type(value: str) -> TestActionBodyActionType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(TestActionBodyActionType, value)
