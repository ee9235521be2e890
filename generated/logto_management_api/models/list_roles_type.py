from typing import Literal, cast

ListRolesType = Literal["MachineToMachine", "User"]

LIST_ROLES_TYPE_VALUES: set[ListRolesType] = {
    "MachineToMachine",
    "User",
}


def check_list_roles_type(value: str) -> ListRolesType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ListRolesType, value)
