from typing import Literal, cast

SignInExperienceAgreeToTermsPolicy = Literal["Automatic", "Manual", "ManualRegistrationOnly"]

SIGN_IN_EXPERIENCE_AGREE_TO_TERMS_POLICY_VALUES: set[SignInExperienceAgreeToTermsPolicy] = {
    "Automatic",
    "Manual",
    "ManualRegistrationOnly",
}


def check_sign_in_experience_agree_to_terms_policy(
    value: str,
) -> SignInExperienceAgreeToTermsPolicy:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(SignInExperienceAgreeToTermsPolicy, value)
