from typing import Literal

UpdateSignInExpBodyAgreeToTermsPolicy = Literal["Automatic", "Manual", "ManualRegistrationOnly"]

UPDATE_SIGN_IN_EXP_BODY_AGREE_TO_TERMS_POLICY_VALUES: set[UpdateSignInExpBodyAgreeToTermsPolicy] = {
    "Automatic",
    "Manual",
    "ManualRegistrationOnly",
}


def check_update_sign_in_exp_body_agree_to_terms_policy(
    value: str,
) -> UpdateSignInExpBodyAgreeToTermsPolicy:
    if value in UPDATE_SIGN_IN_EXP_BODY_AGREE_TO_TERMS_POLICY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SIGN_IN_EXP_BODY_AGREE_TO_TERMS_POLICY_VALUES!r}"
    )
