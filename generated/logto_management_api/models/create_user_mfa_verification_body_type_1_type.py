from typing import Literal, cast

CreateUserMfaVerificationBodyType1Type = Literal["BackupCode"]

CREATE_USER_MFA_VERIFICATION_BODY_TYPE_1_TYPE_VALUES: set[
    CreateUserMfaVerificationBodyType1Type
] = {
    "BackupCode",
}


def check_create_user_mfa_verification_body_type_1_type(
    value: str,
) -> CreateUserMfaVerificationBodyType1Type:
    if value in CREATE_USER_MFA_VERIFICATION_BODY_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_USER_MFA_VERIFICATION_BODY_TYPE_1_TYPE_VALUES!r}"
    )
