from typing import Literal, cast

SelectFormItemType = Literal["Select"]

SELECT_FORM_ITEM_TYPE_VALUES: set[SelectFormItemType] = {
    "Select",
}


def check_select_form_item_type(value: str) -> SelectFormItemType:
    if value in SELECT_FORM_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SELECT_FORM_ITEM_TYPE_VALUES!r}")
