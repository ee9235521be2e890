from typing import Literal

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
    if value in MFA_PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MFA_PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_TEMPLATE_TYPE_VALUES!r}"
    )
