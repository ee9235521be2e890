from typing import Literal, cast

BackupCodeMfaVerificationCreatedType = Literal["BackupCode"]

BACKUP_CODE_MFA_VERIFICATION_CREATED_TYPE_VALUES: set[BackupCodeMfaVerificationCreatedType] = {
    "BackupCode",
}


def check_backup_code_mfa_verification_created_type(
    value: str,
) -> BackupCodeMfaVerificationCreatedType:
    if value in BACKUP_CODE_MFA_VERIFICATION_CREATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BACKUP_CODE_MFA_VERIFICATION_CREATED_TYPE_VALUES!r}"
    )
