from typing import Literal

RoleType = Literal["MachineToMachine", "User"]

ROLE_TYPE_VALUES: set[RoleType] = {
    "MachineToMachine",
    "User",
}


def check_role_type(value: str) -> RoleType:
    if value in ROLE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROLE_TYPE_VALUES!r}")
