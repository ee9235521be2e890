from typing import Literal

CustomDomainStatus = Literal["Active", "Error", "PendingSsl", "PendingVerification"]

CUSTOM_DOMAIN_STATUS_VALUES: set[CustomDomainStatus] = {
    "Active",
    "Error",
    "PendingSsl",
    "PendingVerification",
}


def check_custom_domain_status(value: str) -> CustomDomainStatus:
    if value in CUSTOM_DOMAIN_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_DOMAIN_STATUS_VALUES!r}")
