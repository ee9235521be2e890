from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(DeleteEmailTemplatesTemplateType, value)
