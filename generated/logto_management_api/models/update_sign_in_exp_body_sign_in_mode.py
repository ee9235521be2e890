from typing import Literal

UpdateSignInExpBodySignInMode = Literal["Register", "SignIn", "SignInAndRegister"]

UPDATE_SIGN_IN_EXP_BODY_SIGN_IN_MODE_VALUES: set[UpdateSignInExpBodySignInMode] = {
    "Register",
    "SignIn",
    "SignInAndRegister",
}


def check_update_sign_in_exp_body_sign_in_mode(value: str) -> UpdateSignInExpBodySignInMode:
    if value in UPDATE_SIGN_IN_EXP_BODY_SIGN_IN_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SIGN_IN_EXP_BODY_SIGN_IN_MODE_VALUES!r}"
    )
