from typing import Literal, cast

DetailsContentTypeType1 = Literal["text/plain"]

DETAILS_CONTENT_TYPE_TYPE_1_VALUES: set[DetailsContentTypeType1] = {
    "text/plain",
}


def check_details_content_type_type_1(value: str) -> DetailsContentTypeType1:
    if value in DETAILS_CONTENT_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DETAILS_CONTENT_TYPE_TYPE_1_VALUES!r}"
    )
