"""``/api/organization-invitations``: invitations to an organization, their roles and status."""

from __future__ import annotations

from .._app.router import Router
from .._http import Response, foreign_key_error, invalid_input
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import any_value, array, enum, number, string, validate_body
from .._model.records import InvitationRecord
from .._model.relations import add_missing, existing_ids, require
from .._model.state import Row, newest_first


def _invitation(ctx: Context) -> InvitationRecord:
    return require(ctx.state.invitations, ctx.params["id"])


def list_invitations(ctx: Context) -> Response:
    state, request = ctx.state, ctx.request
    org_id = request.query_value("organizationId")
    inviter = request.query_value("inviterId")
    invitee = request.query_value("invitee")
    rows = []
    for invitation in state.invitations.values():
        row = invitation.row
        if org_id and row["organizationId"] != org_id:
            continue
        if inviter and row["inviterId"] != inviter:
            continue
        if invitee and str(row["invitee"]).lower() != invitee.lower():
            continue
        rows.append(state.invitation_view(invitation))
    return Response.json(newest_first(rows))


def create_invitation(ctx: Context) -> Response:
    state = ctx.state
    body = validate_body(
        ctx.request,
        {
            "inviterId": string(nullable=True),
            "invitee": string(required=True, min_length=1, pattern=r"^\S+@\S+\.\S+$"),
            "organizationId": string(required=True, min_length=1),
            "expiresAt": number(required=True),
            "organizationRoleIds": array(string(min_length=1)),
            "messagePayload": any_value(),
        },
    )
    if body["organizationId"] not in state.organizations:
        raise foreign_key_error(body["organizationId"])
    inviter = body.get("inviterId")
    if inviter is not None and inviter not in state.users:
        raise foreign_key_error(inviter)
    if body["expiresAt"] <= state.now_ms():
        raise invalid_input("The value of `expiresAt` must be in the future.")
    role_ids = existing_ids(
        body.get("organizationRoleIds") or [], state.organization_roles, foreign_key_error
    )
    now = state.now_ms()
    row: Row = {
        "tenantId": state.tenant_id,
        "id": state.new_id(),
        "inviterId": inviter,
        "invitee": body["invitee"],
        "acceptedUserId": None,
        "organizationId": body["organizationId"],
        "status": "Pending",
        "createdAt": now,
        "updatedAt": now,
        "expiresAt": body["expiresAt"],
    }
    invitation = InvitationRecord(row, role_ids)
    state.invitations[row["id"]] = invitation
    return Response.json(state.invitation_view(invitation), 201)


def get_invitation(ctx: Context) -> Response:
    return Response.json(ctx.state.invitation_view(_invitation(ctx)))


def delete_invitation(ctx: Context) -> Response:
    del ctx.state.invitations[_invitation(ctx).row["id"]]
    return Response.no_content()


def update_invitation_status(ctx: Context) -> Response:
    state, invitation = ctx.state, _invitation(ctx)
    body = validate_body(
        ctx.request,
        {
            "acceptedUserId": string(nullable=True),
            "status": enum("Accepted", "Revoked", required=True),
        },
    )
    current = state.invitation_view(invitation)["status"]
    if current != "Pending":
        raise invalid_input("The invitation is not pending.", status=422)
    row = invitation.row
    if body["status"] == "Accepted":
        user_id = body.get("acceptedUserId")
        if not user_id or user_id not in state.users:
            raise invalid_input("The `acceptedUserId` is required to accept an invitation.", 422)
        members = state.organization_users.setdefault(row["organizationId"], [])
        if user_id not in members:
            members.append(user_id)
        roles = state.organization_user_roles.setdefault((row["organizationId"], user_id), [])
        add_missing(roles, invitation.role_ids)
        row["acceptedUserId"] = user_id
    row["status"] = body["status"]
    row["updatedAt"] = state.now_ms()
    return Response.json(state.invitation_view(invitation))


def register(router: Router, generic: GenericApi) -> None:
    i = "/api/organization-invitations"
    router.add("GET", i, "ListOrganizationInvitations", list_invitations)
    router.add("POST", i, "CreateOrganizationInvitation", create_invitation)
    router.add("GET", f"{i}/{{id}}", "GetOrganizationInvitation", get_invitation)
    router.add("DELETE", f"{i}/{{id}}", "DeleteOrganizationInvitation", delete_invitation)
    router.add(
        "PUT", f"{i}/{{id}}/status", "ReplaceOrganizationInvitationStatus", update_invitation_status
    )
