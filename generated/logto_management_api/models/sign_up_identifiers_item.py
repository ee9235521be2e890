from typing import Literal, cast

SignUpIdentifiersItem = Literal["email", "phone", "username"]

SIGN_UP_IDENTIFIERS_ITEM_VALUES: set[SignUpIdentifiersItem] = {
    "email",
    "phone",
    "username",
}


def check_sign_up_identifiers_item(value: str) -> SignUpIdentifiersItem:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(SignUpIdentifiersItem, value)
