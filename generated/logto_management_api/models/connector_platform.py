from typing import Literal

ConnectorPlatform = Literal["Native", "Universal", "Web"]

CONNECTOR_PLATFORM_VALUES: set[ConnectorPlatform] = {
    "Native",
    "Universal",
    "Web",
}


def check_connector_platform(value: str) -> ConnectorPlatform:
    if value in CONNECTOR_PLATFORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONNECTOR_PLATFORM_VALUES!r}")
