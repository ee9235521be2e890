from typing import Literal

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
    if value in UPDATE_SIGN_IN_EXP_RESPONSE_200_AGREE_TO_TERMS_POLICY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SIGN_IN_EXP_RESPONSE_200_AGREE_TO_TERMS_POLICY_VALUES!r}"
    )
