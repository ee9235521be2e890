from typing import Literal, cast

ConnectorPlatform = Literal["Native", "Universal", "Web"]

CONNECTOR_PLATFORM_VALUES: set[ConnectorPlatform] = {
    "Native",
    "Universal",
    "Web",
}


def check_connector_platform(value: str) -> ConnectorPlatform:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ConnectorPlatform, value)
