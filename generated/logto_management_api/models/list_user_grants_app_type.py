from typing import Literal, cast

ListUserGrantsAppType = Literal["firstParty", "thirdParty"]

LIST_USER_GRANTS_APP_TYPE_VALUES: set[ListUserGrantsAppType] = {
    "firstParty",
    "thirdParty",
}


def check_list_user_grants_app_type(value: str) -> ListUserGrantsAppType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ListUserGrantsAppType, value)
