from typing import Literal

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
    if value in CONTEXT_SAMPLE_USER_MFA_VERIFICATION_FACTORS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTEXT_SAMPLE_USER_MFA_VERIFICATION_FACTORS_ITEM_VALUES!r}"
    )
