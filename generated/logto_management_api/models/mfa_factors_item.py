from typing import Literal, cast

MfaFactorsItem = Literal[
    "BackupCode", "EmailVerificationCode", "PhoneVerificationCode", "Totp", "WebAuthn"
]

MFA_FACTORS_ITEM_VALUES: set[MfaFactorsItem] = {
    "BackupCode",
    "EmailVerificationCode",
    "PhoneVerificationCode",
    "Totp",
    "WebAuthn",
}


def check_mfa_factors_item(value: str) -> MfaFactorsItem:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(MfaFactorsItem, value)
