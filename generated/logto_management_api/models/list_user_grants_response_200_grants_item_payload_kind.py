from typing import Literal, cast

ListUserGrantsResponse200GrantsItemPayloadKind = Literal["Grant"]

LIST_USER_GRANTS_RESPONSE_200_GRANTS_ITEM_PAYLOAD_KIND_VALUES: set[
    ListUserGrantsResponse200GrantsItemPayloadKind
] = {
    "Grant",
}


def check_list_user_grants_response_200_grants_item_payload_kind(
    value: str,
) -> ListUserGrantsResponse200GrantsItemPayloadKind:
    if value in LIST_USER_GRANTS_RESPONSE_200_GRANTS_ITEM_PAYLOAD_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_USER_GRANTS_RESPONSE_200_GRANTS_ITEM_PAYLOAD_KIND_VALUES!r}"
    )
