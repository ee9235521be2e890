from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ListApplicationsTypesType0Item, value)
