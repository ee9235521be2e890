from typing import Literal

SignUpIdentifiersItem = Literal["email", "phone", "username"]

SIGN_UP_IDENTIFIERS_ITEM_VALUES: set[SignUpIdentifiersItem] = {
    "email",
    "phone",
    "username",
}


def check_sign_up_identifiers_item(value: str) -> SignUpIdentifiersItem:
    if value in SIGN_UP_IDENTIFIERS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_UP_IDENTIFIERS_ITEM_VALUES!r}"
    )
