from typing import Literal, cast

OidcKeySigningKeyAlgorithm = Literal["EC", "RSA"]

OIDC_KEY_SIGNING_KEY_ALGORITHM_VALUES: set[OidcKeySigningKeyAlgorithm] = {
    "EC",
    "RSA",
}


def check_oidc_key_signing_key_algorithm(value: str) -> OidcKeySigningKeyAlgorithm:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(OidcKeySigningKeyAlgorithm, value)
