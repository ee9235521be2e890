from typing import Literal

SocialConnectorPlatform = Literal["Native", "Universal", "Web"]

SOCIAL_CONNECTOR_PLATFORM_VALUES: set[SocialConnectorPlatform] = {
    "Native",
    "Universal",
    "Web",
}


def check_social_connector_platform(value: str) -> SocialConnectorPlatform:
    if value in SOCIAL_CONNECTOR_PLATFORM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SOCIAL_CONNECTOR_PLATFORM_VALUES!r}"
    )
