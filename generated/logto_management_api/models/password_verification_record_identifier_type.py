from typing import Literal, cast

PasswordVerificationRecordIdentifierType = Literal["email", "phone", "userId", "username"]

PASSWORD_VERIFICATION_RECORD_IDENTIFIER_TYPE_VALUES: set[
    PasswordVerificationRecordIdentifierType
] = {
    "email",
    "phone",
    "userId",
    "username",
}


def check_password_verification_record_identifier_type(
    value: str,
) -> PasswordVerificationRecordIdentifierType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(PasswordVerificationRecordIdentifierType, value)
