from typing import Literal, cast

ConnectorFactoryType = Literal["Email", "Sms", "Social"]

CONNECTOR_FACTORY_TYPE_VALUES: set[ConnectorFactoryType] = {
    "Email",
    "Sms",
    "Social",
}


def check_connector_factory_type(value: str) -> ConnectorFactoryType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ConnectorFactoryType, value)
