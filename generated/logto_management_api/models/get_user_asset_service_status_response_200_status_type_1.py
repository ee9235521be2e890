from typing import Literal, cast

GetUserAssetServiceStatusResponse200StatusType1 = Literal["not_configured"]

GET_USER_ASSET_SERVICE_STATUS_RESPONSE_200_STATUS_TYPE_1_VALUES: set[
    GetUserAssetServiceStatusResponse200StatusType1
] = {
    "not_configured",
}


def check_get_user_asset_service_status_response_200_status_type_1(
    value: str,
) -> GetUserAssetServiceStatusResponse200StatusType1:
    if value in GET_USER_ASSET_SERVICE_STATUS_RESPONSE_200_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_USER_ASSET_SERVICE_STATUS_RESPONSE_200_STATUS_TYPE_1_VALUES!r}"
    )
