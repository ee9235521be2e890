from typing import Literal

PhoneVerificationCodeVerificationRecordTemplateType = Literal[
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

PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_TEMPLATE_TYPE_VALUES: set[
    PhoneVerificationCodeVerificationRecordTemplateType
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


def check_phone_verification_code_verification_record_template_type(
    value: str,
) -> PhoneVerificationCodeVerificationRecordTemplateType:
    if value in PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONE_VERIFICATION_CODE_VERIFICATION_RECORD_TEMPLATE_TYPE_VALUES!r}"
    )
