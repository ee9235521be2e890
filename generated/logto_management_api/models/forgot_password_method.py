from typing import Literal, cast

ForgotPasswordMethod = Literal["EmailVerificationCode", "PhoneVerificationCode"]

FORGOT_PASSWORD_METHOD_VALUES: set[ForgotPasswordMethod] = {
    "EmailVerificationCode",
    "PhoneVerificationCode",
}


def check_forgot_password_method(value: str) -> ForgotPasswordMethod:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ForgotPasswordMethod, value)
