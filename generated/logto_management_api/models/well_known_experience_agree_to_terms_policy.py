from typing import Literal

WellKnownExperienceAgreeToTermsPolicy = Literal["Automatic", "Manual", "ManualRegistrationOnly"]

WELL_KNOWN_EXPERIENCE_AGREE_TO_TERMS_POLICY_VALUES: set[WellKnownExperienceAgreeToTermsPolicy] = {
    "Automatic",
    "Manual",
    "ManualRegistrationOnly",
}


def check_well_known_experience_agree_to_terms_policy(
    value: str,
) -> WellKnownExperienceAgreeToTermsPolicy:
    if value in WELL_KNOWN_EXPERIENCE_AGREE_TO_TERMS_POLICY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WELL_KNOWN_EXPERIENCE_AGREE_TO_TERMS_POLICY_VALUES!r}"
    )
