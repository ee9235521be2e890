from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UpdateSignInExpResponse200ForgotPasswordMethodsType0Item, value)
