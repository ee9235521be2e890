from typing import Literal, cast

CustomDomainStatus = Literal["Active", "Error", "PendingSsl", "PendingVerification"]

CUSTOM_DOMAIN_STATUS_VALUES: set[CustomDomainStatus] = {
    "Active",
    "Error",
    "PendingSsl",
    "PendingVerification",
}


def check_custom_domain_status(value: str) -> CustomDomainStatus:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(CustomDomainStatus, value)
