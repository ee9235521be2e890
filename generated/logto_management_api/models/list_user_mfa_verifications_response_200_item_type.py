from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ListUserMfaVerificationsResponse200ItemType, value)
