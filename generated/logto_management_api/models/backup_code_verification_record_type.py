from typing import Literal, cast

BackupCodeVerificationRecordType = Literal["BackupCode"]

BACKUP_CODE_VERIFICATION_RECORD_TYPE_VALUES: set[BackupCodeVerificationRecordType] = {
    "BackupCode",
}


def check_backup_code_verification_record_type(value: str) -> BackupCodeVerificationRecordType:
    if value in BACKUP_CODE_VERIFICATION_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BACKUP_CODE_VERIFICATION_RECORD_TYPE_VALUES!r}"
    )
