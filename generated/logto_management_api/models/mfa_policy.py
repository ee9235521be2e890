from typing import Literal

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
    if value in MFA_POLICY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MFA_POLICY_VALUES!r}")
