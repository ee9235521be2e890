from typing import Literal

UpdateSignInExpResponse200ForgotPasswordMethodsType0Item = Literal[
    "EmailVerificationCode", "PhoneVerificationCode"
]

UPDATE_SIGN_IN_EXP_RESPONSE_200_FORGOT_PASSWORD_METHODS_TYPE_0_ITEM_VALUES: set[
    UpdateSignInExpResponse200ForgotPasswordMethodsType0Item
] = {
    "EmailVerificationCode",
    "PhoneVerificationCode",
}


def check_update_sign_in_exp_response_200_forgot_password_methods_type_0_item(
    value: str,
) -> UpdateSignInExpResponse200ForgotPasswordMethodsType0Item:
    if value in UPDATE_SIGN_IN_EXP_RESPONSE_200_FORGOT_PASSWORD_METHODS_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SIGN_IN_EXP_RESPONSE_200_FORGOT_PASSWORD_METHODS_TYPE_0_ITEM_VALUES!r}"
    )
