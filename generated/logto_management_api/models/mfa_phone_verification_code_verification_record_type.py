from typing import Literal, cast

MfaPhoneVerificationCodeVerificationRecordType = Literal["MfaPhoneVerificationCode"]

MFA_PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_TYPE_VALUES: set[
    MfaPhoneVerificationCodeVerificationRecordType
] = {
    "MfaPhoneVerificationCode",
}


def check_mfa_phone_verification_code_verification_record_type(
    value: str,
) -> MfaPhoneVerificationCodeVerificationRecordType:
    if value in MFA_PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MFA_PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_TYPE_VALUES!r}"
    )
