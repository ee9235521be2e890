from typing import Literal

FieldsCustomData = Literal["Edit", "Off", "ReadOnly"]

FIELDS_CUSTOM_DATA_VALUES: set[FieldsCustomData] = {
    "Edit",
    "Off",
    "ReadOnly",
}


def check_fields_custom_data(value: str) -> FieldsCustomData:
    if value in FIELDS_CUSTOM_DATA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELDS_CUSTOM_DATA_VALUES!r}")
