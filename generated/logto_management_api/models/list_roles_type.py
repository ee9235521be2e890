from typing import Literal

ListRolesType = Literal["MachineToMachine", "User"]

LIST_ROLES_TYPE_VALUES: set[ListRolesType] = {
    "MachineToMachine",
    "User",
}


def check_list_roles_type(value: str) -> ListRolesType:
    if value in LIST_ROLES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ROLES_TYPE_VALUES!r}")
