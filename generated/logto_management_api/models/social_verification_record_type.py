from typing import Literal, cast

SocialVerificationRecordType = Literal["Social"]

SOCIAL_VERIFICATION_RECORD_TYPE_VALUES: set[SocialVerificationRecordType] = {
    "Social",
}


def check_social_verification_record_type(value: str) -> SocialVerificationRecordType:
    if value in SOCIAL_VERIFICATION_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SOCIAL_VERIFICATION_RECORD_TYPE_VALUES!r}"
    )
