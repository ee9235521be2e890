from typing import Literal, cast

TotpMfaVerificationCreatedType = Literal["Totp"]

TOTP_MFA_VERIFICATION_CREATED_TYPE_VALUES: set[TotpMfaVerificationCreatedType] = {
    "Totp",
}


def check_totp_mfa_verification_created_type(value: str) -> TotpMfaVerificationCreatedType:
    if value in TOTP_MFA_VERIFICATION_CREATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOTP_MFA_VERIFICATION_CREATED_TYPE_VALUES!r}"
    )
