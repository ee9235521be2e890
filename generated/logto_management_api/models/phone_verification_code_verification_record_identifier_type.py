from typing import Literal, cast

PhoneVerificationCodeVerificationRecordIdentifierType = Literal["phone"]

PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_IDENTIFIER_TYPE_VALUES: set[
    PhoneVerificationCodeVerificationRecordIdentifierType
] = {
    "phone",
}


def check_phone_verification_code_verification_record_identifier_type(
    value: str,
) -> PhoneVerificationCodeVerificationRecordIdentifierType:
    if value in PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_IDENTIFIER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_IDENTIFIER_TYPE_VALUES!r}"
    )
