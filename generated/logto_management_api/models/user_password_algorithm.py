from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UserPasswordAlgorithm, value)
