from typing import Literal

ConnectorFactoryPlatform = Literal["Native", "Universal", "Web"]

CONNECTOR_FACTORY_PLATFORM_VALUES: set[ConnectorFactoryPlatform] = {
    "Native",
    "Universal",
    "Web",
}


def check_connector_factory_platform(value: str) -> ConnectorFactoryPlatform:
    if value in CONNECTOR_FACTORY_PLATFORM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONNECTOR_FACTORY_PLATFORM_VALUES!r}"
    )
