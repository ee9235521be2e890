from typing import Literal, cast

PhoneVerificationCodeVerificationRecordType = Literal["PhoneVerificationCode"]

PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_TYPE_VALUES: set[
    PhoneVerificationCodeVerificationRecordType
] = {
    "PhoneVerificationCode",
}


def check_phone_verification_code_verification_record_type(
    value: str,
) -> PhoneVerificationCodeVerificationRecordType:
    if value in PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_TYPE_VALUES!r}"
    )
