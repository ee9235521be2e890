from typing import Literal

SignInExperienceSignInMode = Literal["Register", "SignIn", "SignInAndRegister"]

SIGN_IN_EXPERIENCE_SIGN_IN_MODE_VALUES: set[SignInExperienceSignInMode] = {
    "Register",
    "SignIn",
    "SignInAndRegister",
}


def check_sign_in_experience_sign_in_mode(value: str) -> SignInExperienceSignInMode:
    if value in SIGN_IN_EXPERIENCE_SIGN_IN_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_IN_EXPERIENCE_SIGN_IN_MODE_VALUES!r}"
    )
