from typing import Literal

OidcKeySigningKeyAlgorithm = Literal["EC", "RSA"]

OIDC_KEY_SIGNING_KEY_ALGORITHM_VALUES: set[OidcKeySigningKeyAlgorithm] = {
    "EC",
    "RSA",
}


def check_oidc_key_signing_key_algorithm(value: str) -> OidcKeySigningKeyAlgorithm:
    if value in OIDC_KEY_SIGNING_KEY_ALGORITHM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OIDC_KEY_SIGNING_KEY_ALGORITHM_VALUES!r}"
    )
