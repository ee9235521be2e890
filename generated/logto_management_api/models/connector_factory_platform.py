from typing import Literal, cast

ConnectorFactoryPlatform = Literal["Native", "Universal", "Web"]

CONNECTOR_FACTORY_PLATFORM_VALUES: set[ConnectorFactoryPlatform] = {
    "Native",
    "Universal",
    "Web",
}


def check_connector_factory_platform(value: str) -> ConnectorFactoryPlatform:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ConnectorFactoryPlatform, value)
