from typing import Literal

PasswordVerificationRecordIdentifierTypeType0 = Literal["email", "phone", "username"]

PASSWORD_VERIFICATION_RECORD_IDENTIFIER_TYPE_TYPE_0_VALUES: set[
    PasswordVerificationRecordIdentifierTypeType0
] = {
    "email",
    "phone",
    "username",
}


def check_password_verification_record_identifier_type_type_0(
    value: str,
) -> PasswordVerificationRecordIdentifierTypeType0:
    if value in PASSWORD_VERIFICATION_RECORD_IDENTIFIER_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_VERIFICATION_RECORD_IDENTIFIER_TYPE_TYPE_0_VALUES!r}"
    )
