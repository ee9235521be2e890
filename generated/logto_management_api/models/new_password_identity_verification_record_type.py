from typing import Literal, cast

NewPasswordIdentityVerificationRecordType = Literal["NewPasswordIdentity"]

NEW_PASSWORD_IDENTITY_VERIFICATION_RECORD_TYPE_VALUES: set[
    NewPasswordIdentityVerificationRecordType
] = {
    "NewPasswordIdentity",
}


def check_new_password_identity_verification_record_type(
    value: str,
) -> NewPasswordIdentityVerificationRecordType:
    if value in NEW_PASSWORD_IDENTITY_VERIFICATION_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_PASSWORD_IDENTITY_VERIFICATION_RECORD_TYPE_VALUES!r}"
    )
