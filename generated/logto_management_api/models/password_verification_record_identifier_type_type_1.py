from typing import Literal, cast

PasswordVerificationRecordIdentifierTypeType1 = Literal["userId"]

PASSWORD_VERIFICATION_RECORD_IDENTIFIER_TYPE_TYPE_1_VALUES: set[
    PasswordVerificationRecordIdentifierTypeType1
] = {
    "userId",
}


def check_password_verification_record_identifier_type_type_1(
    value: str,
) -> PasswordVerificationRecordIdentifierTypeType1:
    if value in PASSWORD_VERIFICATION_RECORD_IDENTIFIER_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_VERIFICATION_RECORD_IDENTIFIER_TYPE_TYPE_1_VALUES!r}"
    )
