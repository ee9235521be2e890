from typing import Literal, cast

UpdateSignInExpResponse200AgreeToTermsPolicy = Literal[
    "Automatic", "Manual", "ManualRegistrationOnly"
]

UPDATE_SIGN_IN_EXP_RESPONSE_200_AGREE_TO_TERMS_POLICY_VALUES: set[
    UpdateSignInExpResponse200AgreeToTermsPolicy
] = {
    "Automatic",
    "Manual",
    "ManualRegistrationOnly",
}


def check_update_sign_in_exp_response_200_agree_to_terms_policy(
    value: str,
) -> UpdateSignInExpResponse200AgreeToTermsPolicy:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UpdateSignInExpResponse200AgreeToTermsPolicy, value)
