from typing import Literal

SignInExperienceAgreeToTermsPolicy = Literal["Automatic", "Manual", "ManualRegistrationOnly"]

SIGN_IN_EXPERIENCE_AGREE_TO_TERMS_POLICY_VALUES: set[SignInExperienceAgreeToTermsPolicy] = {
    "Automatic",
    "Manual",
    "ManualRegistrationOnly",
}


def check_sign_in_experience_agree_to_terms_policy(
    value: str,
) -> SignInExperienceAgreeToTermsPolicy:
    if value in SIGN_IN_EXPERIENCE_AGREE_TO_TERMS_POLICY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_IN_EXPERIENCE_AGREE_TO_TERMS_POLICY_VALUES!r}"
    )
