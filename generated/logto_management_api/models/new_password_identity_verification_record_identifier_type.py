from typing import Literal, cast

NewPasswordIdentityVerificationRecordIdentifierType = Literal["email", "phone", "username"]

NEW_PASSWORD_IDENTITY_VERIFICATION_RECORD_IDENTIFIER_TYPE_VALUES: set[
    NewPasswordIdentityVerificationRecordIdentifierType
] = {
    "email",
    "phone",
    "username",
}


def check_new_password_identity_verification_record_identifier_type(
    value: str,
) -> NewPasswordIdentityVerificationRecordIdentifierType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(NewPasswordIdentityVerificationRecordIdentifierType, value)
