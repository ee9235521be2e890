from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(CreateUserBodyPasswordAlgorithm, value)
