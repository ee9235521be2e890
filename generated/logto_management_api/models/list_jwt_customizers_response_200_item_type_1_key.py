from typing import Literal, cast

ListJwtCustomizersResponse200ItemType1Key = Literal["jwt.clientCredentials"]

LIST_JWT_CUSTOMIZERS_RESPONSE_200_ITEM_TYPE_1_KEY_VALUES: set[
    ListJwtCustomizersResponse200ItemType1Key
] = {
    "jwt.clientCredentials",
}


def check_list_jwt_customizers_response_200_item_type_1_key(
    value: str,
) -> ListJwtCustomizersResponse200ItemType1Key:
    if value in LIST_JWT_CUSTOMIZERS_RESPONSE_200_ITEM_TYPE_1_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_JWT_CUSTOMIZERS_RESPONSE_200_ITEM_TYPE_1_KEY_VALUES!r}"
    )
