from typing import Literal

WellKnownExperienceSignInMode = Literal["Register", "SignIn", "SignInAndRegister"]

WELL_KNOWN_EXPERIENCE_SIGN_IN_MODE_VALUES: set[WellKnownExperienceSignInMode] = {
    "Register",
    "SignIn",
    "SignInAndRegister",
}


def check_well_known_experience_sign_in_mode(value: str) -> WellKnownExperienceSignInMode:
    if value in WELL_KNOWN_EXPERIENCE_SIGN_IN_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WELL_KNOWN_EXPERIENCE_SIGN_IN_MODE_VALUES!r}"
    )
