from typing import Literal

ListUserMfaVerificationsResponse200ItemType = Literal[
    "BackupCode", "EmailVerificationCode", "PhoneVerificationCode", "Totp", "WebAuthn"
]

LIST_USER_MFA_VERIFICATIONS_RESPONSE_200_ITEM_TYPE_VALUES: set[
    ListUserMfaVerificationsResponse200ItemType
] = {
    "BackupCode",
    "EmailVerificationCode",
    "PhoneVerificationCode",
    "Totp",
    "WebAuthn",
}


def check_list_user_mfa_verifications_response_200_item_type(
    value: str,
) -> ListUserMfaVerificationsResponse200ItemType:
    if value in LIST_USER_MFA_VERIFICATIONS_RESPONSE_200_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_USER_MFA_VERIFICATIONS_RESPONSE_200_ITEM_TYPE_VALUES!r}"
    )
