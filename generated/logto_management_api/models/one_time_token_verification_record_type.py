from typing import Literal, cast

OneTimeTokenVerificationRecordType = Literal["OneTimeToken"]

ONE_TIME_TOKEN_VERIFICATION_RECORD_TYPE_VALUES: set[OneTimeTokenVerificationRecordType] = {
    "OneTimeToken",
}


def check_one_time_token_verification_record_type(value: str) -> OneTimeTokenVerificationRecordType:
    if value in ONE_TIME_TOKEN_VERIFICATION_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ONE_TIME_TOKEN_VERIFICATION_RECORD_TYPE_VALUES!r}"
    )
