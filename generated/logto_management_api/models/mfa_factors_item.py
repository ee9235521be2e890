from typing import Literal

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
    if value in MFA_FACTORS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MFA_FACTORS_ITEM_VALUES!r}")
