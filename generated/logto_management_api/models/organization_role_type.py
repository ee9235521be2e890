from typing import Literal, cast

OrganizationRoleType = Literal["MachineToMachine", "User"]

ORGANIZATION_ROLE_TYPE_VALUES: set[OrganizationRoleType] = {
    "MachineToMachine",
    "User",
}


def check_organization_role_type(value: str) -> OrganizationRoleType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(OrganizationRoleType, value)
