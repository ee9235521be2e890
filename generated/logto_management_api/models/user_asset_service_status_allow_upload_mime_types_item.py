from typing import Literal, cast

UserAssetServiceStatusAllowUploadMimeTypesItem = Literal[
    "application/zip",
    "image/bmp",
    "image/gif",
    "image/jpeg",
    "image/png",
    "image/svg+xml",
    "image/tiff",
    "image/vnd.microsoft.icon",
    "image/webp",
    "image/x-icon",
]

USER_ASSET_SERVICE_STATUS_ALLOW_UPLOAD_MIME_TYPES_ITEM_VALUES: set[
    UserAssetServiceStatusAllowUploadMimeTypesItem
] = {
    "application/zip",
    "image/bmp",
    "image/gif",
    "image/jpeg",
    "image/png",
    "image/svg+xml",
    "image/tiff",
    "image/vnd.microsoft.icon",
    "image/webp",
    "image/x-icon",
}


def check_user_asset_service_status_allow_upload_mime_types_item(
    value: str,
) -> UserAssetServiceStatusAllowUploadMimeTypesItem:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(UserAssetServiceStatusAllowUploadMimeTypesItem, value)
