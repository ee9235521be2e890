from typing import Literal, cast

TotpMfaVerificationRequestType = Literal["Totp"]

TOTP_MFA_VERIFICATION_REQUEST_TYPE_VALUES: set[TotpMfaVerificationRequestType] = {
    "Totp",
}


def check_totp_mfa_verification_request_type(value: str) -> TotpMfaVerificationRequestType:
    if value in TOTP_MFA_VERIFICATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOTP_MFA_VERIFICATION_REQUEST_TYPE_VALUES!r}"
    )
