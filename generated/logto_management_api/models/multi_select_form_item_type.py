from typing import Literal, cast

MultiSelectFormItemType = Literal["MultiSelect"]

MULTI_SELECT_FORM_ITEM_TYPE_VALUES: set[MultiSelectFormItemType] = {
    "MultiSelect",
}


def check_multi_select_form_item_type(value: str) -> MultiSelectFormItemType:
    if value in MULTI_SELECT_FORM_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MULTI_SELECT_FORM_ITEM_TYPE_VALUES!r}"
    )
