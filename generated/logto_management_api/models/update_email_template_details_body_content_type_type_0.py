from typing import Literal, cast

UpdateEmailTemplateDetailsBodyContentTypeType0 = Literal["text/html"]

UPDATE_EMAIL_TEMPLATE_DETAILS_BODY_CONTENT_TYPE_TYPE_0_VALUES: set[
    UpdateEmailTemplateDetailsBodyContentTypeType0
] = {
    "text/html",
}


def check_update_email_template_details_body_content_type_type_0(
    value: str,
) -> UpdateEmailTemplateDetailsBodyContentTypeType0:
    if value in UPDATE_EMAIL_TEMPLATE_DETAILS_BODY_CONTENT_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_EMAIL_TEMPLATE_DETAILS_BODY_CONTENT_TYPE_TYPE_0_VALUES!r}"
    )
