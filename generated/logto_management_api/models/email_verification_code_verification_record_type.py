from typing import Literal, cast

EmailVerificationCodeVerificationRecordType = Literal["EmailVerificationCode"]

EMAIL_VERIFICATION_CODE_VERIFICATION_RECORD_TYPE_VALUES: set[
    EmailVerificationCodeVerificationRecordType
] = {
    "EmailVerificationCode",
}


def check_email_verification_code_verification_record_type(
    value: str,
) -> EmailVerificationCodeVerificationRecordType:
    if value in EMAIL_VERIFICATION_CODE_VERIFICATION_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_VERIFICATION_CODE_VERIFICATION_RECORD_TYPE_VALUES!r}"
    )
