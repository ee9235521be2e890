from typing import Literal, cast

BackupCodeMfaVerificationRequestType = Literal["BackupCode"]

BACKUP_CODE_MFA_VERIFICATION_REQUEST_TYPE_VALUES: set[BackupCodeMfaVerificationRequestType] = {
    "BackupCode",
}


def check_backup_code_mfa_verification_request_type(
    value: str,
) -> BackupCodeMfaVerificationRequestType:
    if value in BACKUP_CODE_MFA_VERIFICATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BACKUP_CODE_MFA_VERIFICATION_REQUEST_TYPE_VALUES!r}"
    )
