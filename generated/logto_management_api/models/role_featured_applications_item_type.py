from typing import Literal

RoleFeaturedApplicationsItemType = Literal[
    "MachineToMachine", "Native", "Protected", "SAML", "SPA", "Traditional"
]

ROLE_FEATURED_APPLICATIONS_ITEM_TYPE_VALUES: set[RoleFeaturedApplicationsItemType] = {
    "MachineToMachine",
    "Native",
    "Protected",
    "SAML",
    "SPA",
    "Traditional",
}


def check_role_featured_applications_item_type(value: str) -> RoleFeaturedApplicationsItemType:
    if value in ROLE_FEATURED_APPLICATIONS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROLE_FEATURED_APPLICATIONS_ITEM_TYPE_VALUES!r}"
    )
