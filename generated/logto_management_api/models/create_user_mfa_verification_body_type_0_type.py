from typing import Literal, cast

CreateUserMfaVerificationBodyType0Type = Literal["Totp"]

CREATE_USER_MFA_VERIFICATION_BODY_TYPE_0_TYPE_VALUES: set[
    CreateUserMfaVerificationBodyType0Type
] = {
    "Totp",
}


def check_create_user_mfa_verification_body_type_0_type(
    value: str,
) -> CreateUserMfaVerificationBodyType0Type:
    if value in CREATE_USER_MFA_VERIFICATION_BODY_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_USER_MFA_VERIFICATION_BODY_TYPE_0_TYPE_VALUES!r}"
    )
