from typing import Literal

DeleteEmailTemplatesTemplateType = Literal[
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

DELETE_EMAIL_TEMPLATES_TEMPLATE_TYPE_VALUES: set[DeleteEmailTemplatesTemplateType] = {
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


def check_delete_email_templates_template_type(value: str) -> DeleteEmailTemplatesTemplateType:
    if value in DELETE_EMAIL_TEMPLATES_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_EMAIL_TEMPLATES_TEMPLATE_TYPE_VALUES!r}"
    )
