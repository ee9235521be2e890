from typing import Literal

CreateUserBodyPasswordAlgorithm = Literal[
    "Argon2d", "Argon2i", "Argon2id", "Bcrypt", "Legacy", "MD5", "SHA1", "SHA256"
]

CREATE_USER_BODY_PASSWORD_ALGORITHM_VALUES: set[CreateUserBodyPasswordAlgorithm] = {
    "Argon2d",
    "Argon2i",
    "Argon2id",
    "Bcrypt",
    "Legacy",
    "MD5",
    "SHA1",
    "SHA256",
}


def check_create_user_body_password_algorithm(value: str) -> CreateUserBodyPasswordAlgorithm:
    if value in CREATE_USER_BODY_PASSWORD_ALGORITHM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_USER_BODY_PASSWORD_ALGORITHM_VALUES!r}"
    )
