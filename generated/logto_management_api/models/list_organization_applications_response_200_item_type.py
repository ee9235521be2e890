from typing import Literal

ListOrganizationApplicationsResponse200ItemType = Literal[
    "MachineToMachine", "Native", "Protected", "SAML", "SPA", "Traditional"
]

LIST_ORGANIZATION_APPLICATIONS_RESPONSE_200_ITEM_TYPE_VALUES: set[
    ListOrganizationApplicationsResponse200ItemType
] = {
    "MachineToMachine",
    "Native",
    "Protected",
    "SAML",
    "SPA",
    "Traditional",
}


def check_list_organization_applications_response_200_item_type(
    value: str,
) -> ListOrganizationApplicationsResponse200ItemType:
    if value in LIST_ORGANIZATION_APPLICATIONS_RESPONSE_200_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_APPLICATIONS_RESPONSE_200_ITEM_TYPE_VALUES!r}"
    )
