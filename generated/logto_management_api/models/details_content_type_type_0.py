from typing import Literal, cast

DetailsContentTypeType0 = Literal["text/html"]

DETAILS_CONTENT_TYPE_TYPE_0_VALUES: set[DetailsContentTypeType0] = {
    "text/html",
}


def check_details_content_type_type_0(value: str) -> DetailsContentTypeType0:
    if value in DETAILS_CONTENT_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DETAILS_CONTENT_TYPE_TYPE_0_VALUES!r}"
    )
