from typing import Literal

OrganizationRoleType = Literal["MachineToMachine", "User"]

ORGANIZATION_ROLE_TYPE_VALUES: set[OrganizationRoleType] = {
    "MachineToMachine",
    "User",
}


def check_organization_role_type(value: str) -> OrganizationRoleType:
    if value in ORGANIZATION_ROLE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_ROLE_TYPE_VALUES!r}"
    )
