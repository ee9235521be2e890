from typing import Literal, cast

MfaVerificationFactor = Literal[
    "BackupCode", "EmailVerificationCode", "PhoneVerificationCode", "Totp", "WebAuthn"
]

MFA_VERIFICATION_FACTOR_VALUES: set[MfaVerificationFactor] = {
    "BackupCode",
    "EmailVerificationCode",
    "PhoneVerificationCode",
    "Totp",
    "WebAuthn",
}


def check_mfa_verification_factor(value: str) -> MfaVerificationFactor:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(MfaVerificationFactor, value)
