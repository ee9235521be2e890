from typing import Literal, cast

PasswordAlgorithm = Literal[
    "Argon2d", "Argon2i", "Argon2id", "Bcrypt", "Legacy", "MD5", "SHA1", "SHA256"
]

PASSWORD_ALGORITHM_VALUES: set[PasswordAlgorithm] = {
    "Argon2d",
    "Argon2i",
    "Argon2id",
    "Bcrypt",
    "Legacy",
    "MD5",
    "SHA1",
    "SHA256",
}


def check_password_algorithm(value: str) -> PasswordAlgorithm:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(PasswordAlgorithm, value)
