from typing import Literal, cast

SignInExperienceSignInMode = Literal["Register", "SignIn", "SignInAndRegister"]

SIGN_IN_EXPERIENCE_SIGN_IN_MODE_VALUES: set[SignInExperienceSignInMode] = {
    "Register",
    "SignIn",
    "SignInAndRegister",
}


def check_sign_in_experience_sign_in_mode(value: str) -> SignInExperienceSignInMode:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(SignInExperienceSignInMode, value)
