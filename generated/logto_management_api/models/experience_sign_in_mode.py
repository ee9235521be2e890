from typing import Literal, cast

ExperienceSignInMode = Literal["Register", "SignIn", "SignInAndRegister"]

EXPERIENCE_SIGN_IN_MODE_VALUES: set[ExperienceSignInMode] = {
    "Register",
    "SignIn",
    "SignInAndRegister",
}


def check_experience_sign_in_mode(value: str) -> ExperienceSignInMode:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ExperienceSignInMode, value)
