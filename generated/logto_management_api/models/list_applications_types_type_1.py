from typing import Literal, cast

ListApplicationsTypesType1 = Literal[
    "MachineToMachine", "Native", "Protected", "SAML", "SPA", "Traditional"
]

LIST_APPLICATIONS_TYPES_TYPE_1_VALUES: set[ListApplicationsTypesType1] = {
    "MachineToMachine",
    "Native",
    "Protected",
    "SAML",
    "SPA",
    "Traditional",
}


def check_list_applications_types_type_1(value: str) -> ListApplicationsTypesType1:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ListApplicationsTypesType1, value)
