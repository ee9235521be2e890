from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(SignInExperienceForgotPasswordMethodsType0Item, value)
