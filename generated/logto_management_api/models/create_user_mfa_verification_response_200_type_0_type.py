from typing import Literal, cast

CreateUserMfaVerificationResponse200Type0Type = Literal["Totp"]

CREATE_USER_MFA_VERIFICATION_RESPONSE_200_TYPE_0_TYPE_VALUES: set[
    CreateUserMfaVerificationResponse200Type0Type
] = {
    "Totp",
}


def check_create_user_mfa_verification_response_200_type_0_type(
    value: str,
) -> CreateUserMfaVerificationResponse200Type0Type:
    if value in CREATE_USER_MFA_VERIFICATION_RESPONSE_200_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_USER_MFA_VERIFICATION_RESPONSE_200_TYPE_0_TYPE_VALUES!r}"
    )
