from typing import Literal

OrganizationInvitationStatus = Literal["Accepted", "Expired", "Pending", "Revoked"]

ORGANIZATION_INVITATION_STATUS_VALUES: set[OrganizationInvitationStatus] = {
    "Accepted",
    "Expired",
    "Pending",
    "Revoked",
}


def check_organization_invitation_status(value: str) -> OrganizationInvitationStatus:
    if value in ORGANIZATION_INVITATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_INVITATION_STATUS_VALUES!r}"
    )
