from typing import Literal, cast

UpdateEmailTemplateDetailsBodyContentTypeType1 = Literal["text/plain"]

UPDATE_EMAIL_TEMPLATE_DETAILS_BODY_CONTENT_TYPE_TYPE_1_VALUES: set[
    UpdateEmailTemplateDetailsBodyContentTypeType1
] = {
    "text/plain",
}


def check_update_email_template_details_body_content_type_type_1(
    value: str,
) -> UpdateEmailTemplateDetailsBodyContentTypeType1:
    if value in UPDATE_EMAIL_TEMPLATE_DETAILS_BODY_CONTENT_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_EMAIL_TEMPLATE_DETAILS_BODY_CONTENT_TYPE_TYPE_1_VALUES!r}"
    )
