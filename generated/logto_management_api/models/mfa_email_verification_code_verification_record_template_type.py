from typing import Literal

MfaEmailVerificationCodeVerificationRecordTemplateType = Literal[
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

MFA_EMAIL_VERIFICATION_CODE_VERIFICATION_RECORD_TEMPLATE_TYPE_VALUES: set[
    MfaEmailVerificationCodeVerificationRecordTemplateType
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


def check_mfa_email_verification_code_verification_record_template_type(
    value: str,
) -> MfaEmailVerificationCodeVerificationRecordTemplateType:
    if value in MFA_EMAIL_VERIFICATION_CODE_VERIFICATION_RECORD_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MFA_EMAIL_VERIFICATION_CODE_VERIFICATION_RECORD_TEMPLATE_TYPE_VALUES!r}"
    )
