from typing import Literal, cast

SocialConnectorPlatform = Literal["Native", "Universal", "Web"]

SOCIAL_CONNECTOR_PLATFORM_VALUES: set[SocialConnectorPlatform] = {
    "Native",
    "Universal",
    "Web",
}


def check_social_connector_platform(value: str) -> SocialConnectorPlatform:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(SocialConnectorPlatform, value)
