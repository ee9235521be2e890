from typing import Literal

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
    if value in REPLACE_EMAIL_TEMPLATES_BODY_TEMPLATES_ITEM_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REPLACE_EMAIL_TEMPLATES_BODY_TEMPLATES_ITEM_TEMPLATE_TYPE_VALUES!r}"
    )
