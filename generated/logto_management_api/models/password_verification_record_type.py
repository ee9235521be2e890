from typing import Literal, cast

PasswordVerificationRecordType = Literal["Password"]

PASSWORD_VERIFICATION_RECORD_TYPE_VALUES: set[PasswordVerificationRecordType] = {
    "Password",
}


def check_password_verification_record_type(value: str) -> PasswordVerificationRecordType:
    if value in PASSWORD_VERIFICATION_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_VERIFICATION_RECORD_TYPE_VALUES!r}"
    )
