from typing import Literal

UpdateOrganizationRoleBodyType = Literal["MachineToMachine", "User"]

UPDATE_ORGANIZATION_ROLE_BODY_TYPE_VALUES: set[UpdateOrganizationRoleBodyType] = {
    "MachineToMachine",
    "User",
}


def check_update_organization_role_body_type(value: str) -> UpdateOrganizationRoleBodyType:
    if value in UPDATE_ORGANIZATION_ROLE_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ORGANIZATION_ROLE_BODY_TYPE_VALUES!r}"
    )
