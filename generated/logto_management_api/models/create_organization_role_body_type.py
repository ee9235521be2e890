from typing import Literal

CreateOrganizationRoleBodyType = Literal["MachineToMachine", "User"]

CREATE_ORGANIZATION_ROLE_BODY_TYPE_VALUES: set[CreateOrganizationRoleBodyType] = {
    "MachineToMachine",
    "User",
}


def check_create_organization_role_body_type(value: str) -> CreateOrganizationRoleBodyType:
    if value in CREATE_ORGANIZATION_ROLE_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ORGANIZATION_ROLE_BODY_TYPE_VALUES!r}"
    )
