from typing import Literal, cast

UserAssetServiceStatusStatus = Literal["not_configured", "ready"]

USER_ASSET_SERVICE_STATUS_STATUS_VALUES: set[UserAssetServiceStatusStatus] = {
    "not_configured",
    "ready",
}


def check_user_asset_service_status_status(value: str) -> UserAssetServiceStatusStatus:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UserAssetServiceStatusStatus, value)
