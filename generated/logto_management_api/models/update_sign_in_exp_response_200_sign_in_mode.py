from typing import Literal

UpdateSignInExpResponse200SignInMode = Literal["Register", "SignIn", "SignInAndRegister"]

UPDATE_SIGN_IN_EXP_RESPONSE_200_SIGN_IN_MODE_VALUES: set[UpdateSignInExpResponse200SignInMode] = {
    "Register",
    "SignIn",
    "SignInAndRegister",
}


def check_update_sign_in_exp_response_200_sign_in_mode(
    value: str,
) -> UpdateSignInExpResponse200SignInMode:
    if value in UPDATE_SIGN_IN_EXP_RESPONSE_200_SIGN_IN_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SIGN_IN_EXP_RESPONSE_200_SIGN_IN_MODE_VALUES!r}"
    )
