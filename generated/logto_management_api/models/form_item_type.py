from typing import Literal, cast

FormItemType = Literal["Json", "MultilineText", "Number", "Switch", "Text"]

FORM_ITEM_TYPE_VALUES: set[FormItemType] = {
    "Json",
    "MultilineText",
    "Number",
    "Switch",
    "Text",
}


def check_form_item_type(value: str) -> FormItemType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(FormItemType, value)
