from typing import Literal

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
    if value in NEW_PASSWORD_IDENTITY_VERIFICATION_RECORD_IDENTIFIER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_PASSWORD_IDENTITY_VERIFICATION_RECORD_IDENTIFIER_TYPE_VALUES!r}"
    )
