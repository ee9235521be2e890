from typing import Literal, cast

UpdateSignInExpResponse200SignInMode = Literal["Register", "SignIn", "SignInAndRegister"]

UPDATE_SIGN_IN_EXP_RESPONSE_200_SIGN_IN_MODE_VALUES: set[UpdateSignInExpResponse200SignInMode] = {
    "Register",
    "SignIn",
    "SignInAndRegister",
}


def check_update_sign_in_exp_response_200_sign_in_mode(
    value: str,
) -> UpdateSignInExpResponse200SignInMode:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UpdateSignInExpResponse200SignInMode, value)
