from typing import Literal

ListUserGrantsAppType = Literal["firstParty", "thirdParty"]

LIST_USER_GRANTS_APP_TYPE_VALUES: set[ListUserGrantsAppType] = {
    "firstParty",
    "thirdParty",
}


def check_list_user_grants_app_type(value: str) -> ListUserGrantsAppType:
    if value in LIST_USER_GRANTS_APP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_USER_GRANTS_APP_TYPE_VALUES!r}"
    )
