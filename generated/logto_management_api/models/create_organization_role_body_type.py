from typing import Literal, cast

CreateOrganizationRoleBodyType = Literal["MachineToMachine", "User"]

CREATE_ORGANIZATION_ROLE_BODY_TYPE_VALUES: set[CreateOrganizationRoleBodyType] = {
    "MachineToMachine",
    "User",
}


def check_create_organization_role_body_type(value: str) -> CreateOrganizationRoleBodyType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(CreateOrganizationRoleBodyType, value)
