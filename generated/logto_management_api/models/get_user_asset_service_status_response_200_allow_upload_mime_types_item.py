from typing import Literal

GetUserAssetServiceStatusResponse200AllowUploadMimeTypesItem = Literal[
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

GET_USER_ASSET_SERVICE_STATUS_RESPONSE_200_ALLOW_UPLOAD_MIME_TYPES_ITEM_VALUES: set[
    GetUserAssetServiceStatusResponse200AllowUploadMimeTypesItem
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


def check_get_user_asset_service_status_response_200_allow_upload_mime_types_item(
    value: str,
) -> GetUserAssetServiceStatusResponse200AllowUploadMimeTypesItem:
    if value in GET_USER_ASSET_SERVICE_STATUS_RESPONSE_200_ALLOW_UPLOAD_MIME_TYPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_USER_ASSET_SERVICE_STATUS_RESPONSE_200_ALLOW_UPLOAD_MIME_TYPES_ITEM_VALUES!r}"
    )
