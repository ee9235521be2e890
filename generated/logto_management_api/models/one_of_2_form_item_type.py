from typing import Literal

OneOf2FormItemType = Literal["Json", "MultilineText", "Number", "Switch", "Text"]

ONE_OF_2_FORM_ITEM_TYPE_VALUES: set[OneOf2FormItemType] = {
    "Json",
    "MultilineText",
    "Number",
    "Switch",
    "Text",
}


def check_one_of_2_form_item_type(value: str) -> OneOf2FormItemType:
    if value in ONE_OF_2_FORM_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ONE_OF_2_FORM_ITEM_TYPE_VALUES!r}"
    )
