from typing import Literal, cast

DetailsContentType = Literal["text/html", "text/plain"]

DETAILS_CONTENT_TYPE_VALUES: set[DetailsContentType] = {
    "text/html",
    "text/plain",
}


def check_details_content_type(value: str) -> DetailsContentType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(DetailsContentType, value)
