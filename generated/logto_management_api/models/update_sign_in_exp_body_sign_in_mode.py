from typing import Literal, cast

UpdateSignInExpBodySignInMode = Literal["Register", "SignIn", "SignInAndRegister"]

UPDATE_SIGN_IN_EXP_BODY_SIGN_IN_MODE_VALUES: set[UpdateSignInExpBodySignInMode] = {
    "Register",
    "SignIn",
    "SignInAndRegister",
}


def check_update_sign_in_exp_body_sign_in_mode(value: str) -> UpdateSignInExpBodySignInMode:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UpdateSignInExpBodySignInMode, value)
