from typing import Literal

SignInExperienceForgotPasswordMethodsType0Item = Literal[
    "EmailVerificationCode", "PhoneVerificationCode"
]

SIGN_IN_EXPERIENCE_FORGOT_PASSWORD_METHODS_TYPE_0_ITEM_VALUES: set[
    SignInExperienceForgotPasswordMethodsType0Item
] = {
    "EmailVerificationCode",
    "PhoneVerificationCode",
}


def check_sign_in_experience_forgot_password_methods_type_0_item(
    value: str,
) -> SignInExperienceForgotPasswordMethodsType0Item:
    if value in SIGN_IN_EXPERIENCE_FORGOT_PASSWORD_METHODS_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_IN_EXPERIENCE_FORGOT_PASSWORD_METHODS_TYPE_0_ITEM_VALUES!r}"
    )
