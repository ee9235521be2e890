from typing import Literal, cast

MfaPhoneVerificationCodeVerificationRecordTemplateType = Literal[
    "BindMfa",
    "BindNewIdentifier",
    "ForgotPassword",
    "Generic",
    "MfaVerification",
    "OrganizationInvitation",
    "Register",
    "SignIn",
    "UserPermissionValidation",
]

MFA_PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_TEMPLATE_TYPE_VALUES: set[
    MfaPhoneVerificationCodeVerificationRecordTemplateType
] = {
    "BindMfa",
    "BindNewIdentifier",
    "ForgotPassword",
    "Generic",
    "MfaVerification",
    "OrganizationInvitation",
    "Register",
    "SignIn",
    "UserPermissionValidation",
}


def check_mfa_phone_verification_code_verification_record_template_type(
    value: str,
) -> MfaPhoneVerificationCodeVerificationRecordTemplateType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(MfaPhoneVerificationCodeVerificationRecordTemplateType, value)
