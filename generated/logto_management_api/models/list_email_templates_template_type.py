from typing import Literal

ListEmailTemplatesTemplateType = Literal[
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

LIST_EMAIL_TEMPLATES_TEMPLATE_TYPE_VALUES: set[ListEmailTemplatesTemplateType] = {
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


def check_list_email_templates_template_type(value: str) -> ListEmailTemplatesTemplateType:
    if value in LIST_EMAIL_TEMPLATES_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_EMAIL_TEMPLATES_TEMPLATE_TYPE_VALUES!r}"
    )
