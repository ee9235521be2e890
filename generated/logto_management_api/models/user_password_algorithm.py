from typing import Literal

UserPasswordAlgorithm = Literal[
    "Argon2d", "Argon2i", "Argon2id", "Bcrypt", "Legacy", "MD5", "SHA1", "SHA256"
]

USER_PASSWORD_ALGORITHM_VALUES: set[UserPasswordAlgorithm] = {
    "Argon2d",
    "Argon2i",
    "Argon2id",
    "Bcrypt",
    "Legacy",
    "MD5",
    "SHA1",
    "SHA256",
}


def check_user_password_algorithm(value: str) -> UserPasswordAlgorithm:
    if value in USER_PASSWORD_ALGORITHM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_PASSWORD_ALGORITHM_VALUES!r}"
    )
