from typing import Literal

TestActionBodyActionType = Literal["action.postFirstFactorVerification", "action.postSignIn"]

TEST_ACTION_BODY_ACTION_TYPE_VALUES: set[TestActionBodyActionType] = {
    "action.postFirstFactorVerification",
    "action.postSignIn",
}


def check_test_action_body_action_type(value: str) -> TestActionBodyActionType:
    if value in TEST_ACTION_BODY_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEST_ACTION_BODY_ACTION_TYPE_VALUES!r}"
    )
