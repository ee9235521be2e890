from typing import Literal, cast

TotpVerificationRecordType = Literal["Totp"]

TOTP_VERIFICATION_RECORD_TYPE_VALUES: set[TotpVerificationRecordType] = {
    "Totp",
}


def check_totp_verification_record_type(value: str) -> TotpVerificationRecordType:
    if value in TOTP_VERIFICATION_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOTP_VERIFICATION_RECORD_TYPE_VALUES!r}"
    )
