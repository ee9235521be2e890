from typing import Literal

EmailTemplateTemplateType = Literal[
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

EMAIL_TEMPLATE_TEMPLATE_TYPE_VALUES: set[EmailTemplateTemplateType] = {
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


def check_email_template_template_type(value: str) -> EmailTemplateTemplateType:
    if value in EMAIL_TEMPLATE_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_TEMPLATE_TEMPLATE_TYPE_VALUES!r}"
    )
