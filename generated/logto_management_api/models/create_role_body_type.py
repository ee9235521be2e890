from typing import Literal, cast

CreateRoleBodyType = Literal["MachineToMachine", "User"]

CREATE_ROLE_BODY_TYPE_VALUES: set[CreateRoleBodyType] = {
    "MachineToMachine",
    "User",
}


def check_create_role_body_type(value: str) -> CreateRoleBodyType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(CreateRoleBodyType, value)
