from typing import Literal, cast

ReplaceEmailTemplatesBodyTemplatesItemTemplateType = Literal[
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

REPLACE_EMAIL_TEMPLATES_BODY_TEMPLATES_ITEM_TEMPLATE_TYPE_VALUES: set[
    ReplaceEmailTemplatesBodyTemplatesItemTemplateType
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


def check_replace_email_templates_body_templates_item_template_type(
    value: str,
) -> ReplaceEmailTemplatesBodyTemplatesItemTemplateType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ReplaceEmailTemplatesBodyTemplatesItemTemplateType, value)
