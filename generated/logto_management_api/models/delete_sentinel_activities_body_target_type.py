from typing import Literal, cast

DeleteSentinelActivitiesBodyTargetType = Literal["App", "User"]

DELETE_SENTINEL_ACTIVITIES_BODY_TARGET_TYPE_VALUES: set[DeleteSentinelActivitiesBodyTargetType] = {
    "App",
    "User",
}


def check_delete_sentinel_activities_body_target_type(
    value: str,
) -> DeleteSentinelActivitiesBodyTargetType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(DeleteSentinelActivitiesBodyTargetType, value)
