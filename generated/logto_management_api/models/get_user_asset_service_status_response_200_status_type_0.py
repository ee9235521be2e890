from typing import Literal, cast

GetUserAssetServiceStatusResponse200StatusType0 = Literal["ready"]

GET_USER_ASSET_SERVICE_STATUS_RESPONSE_200_STATUS_TYPE_0_VALUES: set[
    GetUserAssetServiceStatusResponse200StatusType0
] = {
    "ready",
}


def check_get_user_asset_service_status_response_200_status_type_0(
    value: str,
) -> GetUserAssetServiceStatusResponse200StatusType0:
    if value in GET_USER_ASSET_SERVICE_STATUS_RESPONSE_200_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_USER_ASSET_SERVICE_STATUS_RESPONSE_200_STATUS_TYPE_0_VALUES!r}"
    )
