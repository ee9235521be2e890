from typing import Literal

UpdateSignInExpBodyForgotPasswordMethodsType0Item = Literal[
    "EmailVerificationCode", "PhoneVerificationCode"
]

UPDATE_SIGN_IN_EXP_BODY_FORGOT_PASSWORD_METHODS_TYPE_0_ITEM_VALUES: set[
    UpdateSignInExpBodyForgotPasswordMethodsType0Item
] = {
    "EmailVerificationCode",
    "PhoneVerificationCode",
}


def check_update_sign_in_exp_body_forgot_password_methods_type_0_item(
    value: str,
) -> UpdateSignInExpBodyForgotPasswordMethodsType0Item:
    if value in UPDATE_SIGN_IN_EXP_BODY_FORGOT_PASSWORD_METHODS_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SIGN_IN_EXP_BODY_FORGOT_PASSWORD_METHODS_TYPE_0_ITEM_VALUES!r}"
    )
