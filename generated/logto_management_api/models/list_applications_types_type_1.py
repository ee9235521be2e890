from typing import Literal

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
    if value in LIST_APPLICATIONS_TYPES_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_APPLICATIONS_TYPES_TYPE_1_VALUES!r}"
    )
