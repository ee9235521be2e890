from typing import Literal, cast

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
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(RoleFeaturedApplicationsItemType, value)
