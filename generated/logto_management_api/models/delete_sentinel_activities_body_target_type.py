from typing import Literal

DeleteSentinelActivitiesBodyTargetType = Literal["App", "User"]

DELETE_SENTINEL_ACTIVITIES_BODY_TARGET_TYPE_VALUES: set[DeleteSentinelActivitiesBodyTargetType] = {
    "App",
    "User",
}


def check_delete_sentinel_activities_body_target_type(
    value: str,
) -> DeleteSentinelActivitiesBodyTargetType:
    if value in DELETE_SENTINEL_ACTIVITIES_BODY_TARGET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_SENTINEL_ACTIVITIES_BODY_TARGET_TYPE_VALUES!r}"
    )
