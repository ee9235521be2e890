from typing import Literal, cast

WellKnownExperienceSignInMode = Literal["Register", "SignIn", "SignInAndRegister"]

WELL_KNOWN_EXPERIENCE_SIGN_IN_MODE_VALUES: set[WellKnownExperienceSignInMode] = {
    "Register",
    "SignIn",
    "SignInAndRegister",
}


def check_well_known_experience_sign_in_mode(value: str) -> WellKnownExperienceSignInMode:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(WellKnownExperienceSignInMode, value)
