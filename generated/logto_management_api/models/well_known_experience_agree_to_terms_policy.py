from typing import Literal, cast

WellKnownExperienceAgreeToTermsPolicy = Literal["Automatic", "Manual", "ManualRegistrationOnly"]

WELL_KNOWN_EXPERIENCE_AGREE_TO_TERMS_POLICY_VALUES: set[WellKnownExperienceAgreeToTermsPolicy] = {
    "Automatic",
    "Manual",
    "ManualRegistrationOnly",
}


def check_well_known_experience_agree_to_terms_policy(
    value: str,
) -> WellKnownExperienceAgreeToTermsPolicy:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(WellKnownExperienceAgreeToTermsPolicy, value)
