from typing import Literal, cast

MfaPolicy = Literal[
    "Mandatory",
    "NoPrompt",
    "PromptAtSignInAndSignUp",
    "PromptAtSignInAndSignUpMandatory",
    "PromptOnlyAtSignIn",
    "PromptOnlyAtSignInMandatory",
    "UserControlled",
]

MFA_POLICY_VALUES: set[MfaPolicy] = {
    "Mandatory",
    "NoPrompt",
    "PromptAtSignInAndSignUp",
    "PromptAtSignInAndSignUpMandatory",
    "PromptOnlyAtSignIn",
    "PromptOnlyAtSignInMandatory",
    "UserControlled",
}


def check_mfa_policy(value: str) -> MfaPolicy:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(MfaPolicy, value)
