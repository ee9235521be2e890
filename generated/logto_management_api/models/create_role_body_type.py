from typing import Literal

CreateRoleBodyType = Literal["MachineToMachine", "User"]

CREATE_ROLE_BODY_TYPE_VALUES: set[CreateRoleBodyType] = {
    "MachineToMachine",
    "User",
}


def check_create_role_body_type(value: str) -> CreateRoleBodyType:
    if value in CREATE_ROLE_BODY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_ROLE_BODY_TYPE_VALUES!r}")
