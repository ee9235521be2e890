from typing import Literal, cast

UserGrantsGrantsItemPayloadKind = Literal["Grant"]

USER_GRANTS_GRANTS_ITEM_PAYLOAD_KIND_VALUES: set[UserGrantsGrantsItemPayloadKind] = {
    "Grant",
}


def check_user_grants_grants_item_payload_kind(value: str) -> UserGrantsGrantsItemPayloadKind:
    if value in USER_GRANTS_GRANTS_ITEM_PAYLOAD_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_GRANTS_GRANTS_ITEM_PAYLOAD_KIND_VALUES!r}"
    )
