from typing import Literal

FormItemType = Literal["Json", "MultilineText", "Number", "Switch", "Text"]

FORM_ITEM_TYPE_VALUES: set[FormItemType] = {
    "Json",
    "MultilineText",
    "Number",
    "Switch",
    "Text",
}


def check_form_item_type(value: str) -> FormItemType:
    if value in FORM_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORM_ITEM_TYPE_VALUES!r}")
