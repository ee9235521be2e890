from typing import Literal, cast

ConnectorType = Literal["Email", "Sms", "Social"]

CONNECTOR_TYPE_VALUES: set[ConnectorType] = {
    "Email",
    "Sms",
    "Social",
}


def check_connector_type(value: str) -> ConnectorType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ConnectorType, value)
