from typing import Literal, cast

UpdateSignInExpBodyAgreeToTermsPolicy = Literal["Automatic", "Manual", "ManualRegistrationOnly"]

UPDATE_SIGN_IN_EXP_BODY_AGREE_TO_TERMS_POLICY_VALUES: set[UpdateSignInExpBodyAgreeToTermsPolicy] = {
    "Automatic",
    "Manual",
    "ManualRegistrationOnly",
}


def check_update_sign_in_exp_body_agree_to_terms_policy(
    value: str,
) -> UpdateSignInExpBodyAgreeToTermsPolicy:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UpdateSignInExpBodyAgreeToTermsPolicy, value)
