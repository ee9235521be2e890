from typing import Literal

ListApplicationsTypesType0Item = Literal[
    "MachineToMachine", "Native", "Protected", "SAML", "SPA", "Traditional"
]

LIST_APPLICATIONS_TYPES_TYPE_0_ITEM_VALUES: set[ListApplicationsTypesType0Item] = {
    "MachineToMachine",
    "Native",
    "Protected",
    "SAML",
    "SPA",
    "Traditional",
}


def check_list_applications_types_type_0_item(value: str) -> ListApplicationsTypesType0Item:
    if value in LIST_APPLICATIONS_TYPES_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_APPLICATIONS_TYPES_TYPE_0_ITEM_VALUES!r}"
    )
