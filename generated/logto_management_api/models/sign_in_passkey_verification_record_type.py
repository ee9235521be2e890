from typing import Literal, cast

SignInPasskeyVerificationRecordType = Literal["SignInPasskey"]

SIGN_IN_PASSKEY_VERIFICATION_RECORD_TYPE_VALUES: set[SignInPasskeyVerificationRecordType] = {
    "SignInPasskey",
}


def check_sign_in_passkey_verification_record_type(
    value: str,
) -> SignInPasskeyVerificationRecordType:
    if value in SIGN_IN_PASSKEY_VERIFICATION_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_IN_PASSKEY_VERIFICATION_RECORD_TYPE_VALUES!r}"
    )
