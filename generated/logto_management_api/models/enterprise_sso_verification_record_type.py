from typing import Literal, cast

EnterpriseSsoVerificationRecordType = Literal["EnterpriseSso"]

ENTERPRISE_SSO_VERIFICATION_RECORD_TYPE_VALUES: set[EnterpriseSsoVerificationRecordType] = {
    "EnterpriseSso",
}


def check_enterprise_sso_verification_record_type(
    value: str,
) -> EnterpriseSsoVerificationRecordType:
    if value in ENTERPRISE_SSO_VERIFICATION_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENTERPRISE_SSO_VERIFICATION_RECORD_TYPE_VALUES!r}"
    )
