from typing import Literal, cast

UpdateEmailTemplateDetailsBodyContentType = Literal["text/html", "text/plain"]

UPDATE_EMAIL_TEMPLATE_DETAILS_BODY_CONTENT_TYPE_VALUES: set[
    UpdateEmailTemplateDetailsBodyContentType
] = {
    "text/html",
    "text/plain",
}


def check_update_email_template_details_body_content_type(
    value: str,
) -> UpdateEmailTemplateDetailsBodyContentType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UpdateEmailTemplateDetailsBodyContentType, value)
