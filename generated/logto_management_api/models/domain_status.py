from typing import Literal

DomainStatus = Literal["Active", "Error", "PendingSsl", "PendingVerification"]

DOMAIN_STATUS_VALUES: set[DomainStatus] = {
    "Active",
    "Error",
    "PendingSsl",
    "PendingVerification",
}


def check_domain_status(value: str) -> DomainStatus:
    if value in DOMAIN_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOMAIN_STATUS_VALUES!r}")
