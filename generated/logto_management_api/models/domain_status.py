from typing import Literal, cast

DomainStatus = Literal["Active", "Error", "PendingSsl", "PendingVerification"]

DOMAIN_STATUS_VALUES: set[DomainStatus] = {
    "Active",
    "Error",
    "PendingSsl",
    "PendingVerification",
}


def check_domain_status(value: str) -> DomainStatus:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(DomainStatus, value)
