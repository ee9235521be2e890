from typing import Literal, cast

ContextSampleUserMfaVerificationFactorsItem = Literal[
    "BackupCode", "EmailVerificationCode", "PhoneVerificationCode", "Totp", "WebAuthn"
]

CONTEXT_SAMPLE_USER_MFA_VERIFICATION_FACTORS_ITEM_VALUES: set[
    ContextSampleUserMfaVerificationFactorsItem
] = {
    "BackupCode",
    "EmailVerificationCode",
    "PhoneVerificationCode",
    "Totp",
    "WebAuthn",
}


def check_context_sample_user_mfa_verification_factors_item(
    value: str,
) -> ContextSampleUserMfaVerificationFactorsItem:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ContextSampleUserMfaVerificationFactorsItem, value)
