from typing import Literal

PartType = Literal[
    "Address", "Checkbox", "Date", "Fullname", "Number", "Regex", "Select", "Text", "Url"
]

PART_TYPE_VALUES: set[PartType] = {
    "Address",
    "Checkbox",
    "Date",
    "Fullname",
    "Number",
    "Regex",
    "Select",
    "Text",
    "Url",
}


def check_part_type(value: str) -> PartType:
    if value in PART_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PART_TYPE_VALUES!r}")
