from typing import Literal, cast

MfaEmailVerificationCodeVerificationRecordType = Literal["MfaEmailVerificationCode"]

MFA_EMAIL_VERIFICATION_CODE_VERIFICATION_RECORD_TYPE_VALUES: set[
    MfaEmailVerificationCodeVerificationRecordType
] = {
    "MfaEmailVerificationCode",
}


def check_mfa_email_verification_code_verification_record_type(
    value: str,
) -> MfaEmailVerificationCodeVerificationRecordType:
    if value in MFA_EMAIL_VERIFICATION_CODE_VERIFICATION_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MFA_EMAIL_VERIFICATION_CODE_VERIFICATION_RECORD_TYPE_VALUES!r}"
    )
