from typing import Literal

RotateOidcKeysBodySigningKeyAlgorithm = Literal["EC", "RSA"]

ROTATE_OIDC_KEYS_BODY_SIGNING_KEY_ALGORITHM_VALUES: set[RotateOidcKeysBodySigningKeyAlgorithm] = {
    "EC",
    "RSA",
}


def check_rotate_oidc_keys_body_signing_key_algorithm(
    value: str,
) -> RotateOidcKeysBodySigningKeyAlgorithm:
    if value in ROTATE_OIDC_KEYS_BODY_SIGNING_KEY_ALGORITHM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROTATE_OIDC_KEYS_BODY_SIGNING_KEY_ALGORITHM_VALUES!r}"
    )
