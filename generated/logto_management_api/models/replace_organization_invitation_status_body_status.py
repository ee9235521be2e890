from typing import Literal, cast

ReplaceOrganizationInvitationStatusBodyStatus = Literal["Accepted", "Revoked"]

REPLACE_ORGANIZATION_INVITATION_STATUS_BODY_STATUS_VALUES: set[
    ReplaceOrganizationInvitationStatusBodyStatus
] = {
    "Accepted",
    "Revoked",
}


def check_replace_organization_invitation_status_body_status(
    value: str,
) -> ReplaceOrganizationInvitationStatusBodyStatus:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(ReplaceOrganizationInvitationStatusBodyStatus, value)
