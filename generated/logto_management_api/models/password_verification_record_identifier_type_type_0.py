from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(PasswordVerificationRecordIdentifierTypeType0, value)
