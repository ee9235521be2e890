from typing import Literal

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
    if value in REPLACE_ORGANIZATION_INVITATION_STATUS_BODY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REPLACE_ORGANIZATION_INVITATION_STATUS_BODY_STATUS_VALUES!r}"
    )
