from typing import Literal, cast

ListJwtCustomizersResponse200ItemType0Key = Literal["jwt.accessToken"]

LIST_JWT_CUSTOMIZERS_RESPONSE_200_ITEM_TYPE_0_KEY_VALUES: set[
    ListJwtCustomizersResponse200ItemType0Key
] = {
    "jwt.accessToken",
}


def check_list_jwt_customizers_response_200_item_type_0_key(
    value: str,
) -> ListJwtCustomizersResponse200ItemType0Key:
    if value in LIST_JWT_CUSTOMIZERS_RESPONSE_200_ITEM_TYPE_0_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_JWT_CUSTOMIZERS_RESPONSE_200_ITEM_TYPE_0_KEY_VALUES!r}"
    )
