from typing import Literal

EmailVerificationCodeVerificationRecordTemplateType = Literal[
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

EMAIL_VERIFICATION_CODE_VERIFICATION_RECORD_TEMPLATE_TYPE_VALUES: set[
    EmailVerificationCodeVerificationRecordTemplateType
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


def check_email_verification_code_verification_record_template_type(
    value: str,
) -> EmailVerificationCodeVerificationRecordTemplateType:
    if value in EMAIL_VERIFICATION_CODE_VERIFICATION_RECORD_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_VERIFICATION_CODE_VERIFICATION_RECORD_TEMPLATE_TYPE_VALUES!r}"
    )
