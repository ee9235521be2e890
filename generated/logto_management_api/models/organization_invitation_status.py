from typing import Literal, cast

OrganizationInvitationStatus = Literal["Accepted", "Expired", "Pending", "Revoked"]

ORGANIZATION_INVITATION_STATUS_VALUES: set[OrganizationInvitationStatus] = {
    "Accepted",
    "Expired",
    "Pending",
    "Revoked",
}


def check_organization_invitation_status(value: str) -> OrganizationInvitationStatus:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(OrganizationInvitationStatus, value)
