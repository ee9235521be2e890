from typing import Literal, cast

ExperienceAgreeToTermsPolicy = Literal["Automatic", "Manual", "ManualRegistrationOnly"]

EXPERIENCE_AGREE_TO_TERMS_POLICY_VALUES: set[ExperienceAgreeToTermsPolicy] = {
    "Automatic",
    "Manual",
    "ManualRegistrationOnly",
}


def check_experience_agree_to_terms_policy(value: str) -> ExperienceAgreeToTermsPolicy:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ExperienceAgreeToTermsPolicy, value)
