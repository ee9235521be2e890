from typing import Literal, cast

CreateUserMfaVerificationResponse200Type1Type = Literal["BackupCode"]

CREATE_USER_MFA_VERIFICATION_RESPONSE_200_TYPE_1_TYPE_VALUES: set[
    CreateUserMfaVerificationResponse200Type1Type
] = {
    "BackupCode",
}


def check_create_user_mfa_verification_response_200_type_1_type(
    value: str,
) -> CreateUserMfaVerificationResponse200Type1Type:
    if value in CREATE_USER_MFA_VERIFICATION_RESPONSE_200_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_USER_MFA_VERIFICATION_RESPONSE_200_TYPE_1_TYPE_VALUES!r}"
    )
