from typing import Literal, cast

RotateOidcKeysBodySigningKeyAlgorithm = Literal["EC", "RSA"]

ROTATE_OIDC_KEYS_BODY_SIGNING_KEY_ALGORITHM_VALUES: set[RotateOidcKeysBodySigningKeyAlgorithm] = {
    "EC",
    "RSA",
}


def check_rotate_oidc_keys_body_signing_key_algorithm(
    value: str,
) -> RotateOidcKeysBodySigningKeyAlgorithm:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(RotateOidcKeysBodySigningKeyAlgorithm, value)
