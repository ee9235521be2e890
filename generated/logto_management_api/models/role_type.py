from typing import Literal, cast

RoleType = Literal["MachineToMachine", "User"]

ROLE_TYPE_VALUES: set[RoleType] = {
    "MachineToMachine",
    "User",
}


def check_role_type(value: str) -> RoleType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(RoleType, value)
