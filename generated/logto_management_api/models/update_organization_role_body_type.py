from typing import Literal, cast

UpdateOrganizationRoleBodyType = Literal["MachineToMachine", "User"]

UPDATE_ORGANIZATION_ROLE_BODY_TYPE_VALUES: set[UpdateOrganizationRoleBodyType] = {
    "MachineToMachine",
    "User",
}


def check_update_organization_role_body_type(value: str) -> UpdateOrganizationRoleBodyType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UpdateOrganizationRoleBodyType, value)
