"""Organizations with members and member roles, the organization template (roles and scopes)
and organization invitations."""

from __future__ import annotations

from ..._app.router import Router
from ..._http import (
    ApiError,
    JSONType,
    Response,
    foreign_key_error,
    invalid_input,
    require_membership_error,
    unique_violation,
)
from ..._model.context import Context
from ..._model.generic import GenericApi
from ..._model.guards import (
    any_value,
    array,
    boolean,
    enum,
    number,
    obj,
    string,
    string_ids,
    validate_body,
)
from ..._model.pagination import page, paged
from ..._model.relations import (
    add_missing,
    existing_ids,
    remove_member,
    remove_or_404,
    replace_members,
    require,
    require_by_id,
)
from ..._model.search import keyword_filter
from ..._model.state import InvitationRecord, Row, State, by_key, newest_first
from . import applications

_ROLE_TYPES = ("User", "MachineToMachine")
_ORGANIZATION_FIELDS = {
    "name": string(min_length=1),
    "description": string(nullable=True),
    "customData": obj(),
    "isMfaRequired": boolean(),
    "color": obj(
        {"primaryColor": string(), "isDarkModeEnabled": boolean(), "darkPrimaryColor": string()}
    ),
    "branding": obj(
        {"logoUrl": string(), "darkLogoUrl": string(), "favicon": string(), "darkFavicon": string()}
    ),
    "customCss": string(nullable=True),
}


def _filtered(ctx: Context, rows: list[Row], keys: tuple[str, ...]) -> list[Row]:
    test = keyword_filter(ctx.request.query_value("q"), keys)
    return [row for row in rows if test is None or test(row)]


def _organization(ctx: Context) -> Row:
    return require(ctx.state.organizations, ctx.params["id"])


# --- organizations -------------------------------------------------------------------------


def list_organizations(ctx: Context) -> Response:
    selected = page(ctx)
    rows = [dict(o) for o in ctx.state.organizations.values()]
    return paged(ctx, selected, _filtered(ctx, rows, ("id", "name", "description")))


def create_organization(ctx: Context) -> Response:
    state = ctx.state
    body = validate_body(
        ctx.request, {**_ORGANIZATION_FIELDS, "name": string(required=True, min_length=1)}
    )
    organization: Row = {
        "tenantId": state.tenant_id,
        "id": state.new_id(12),
        "name": body["name"],
        "description": body.get("description"),
        "customData": body.get("customData", {}),
        "isMfaRequired": body.get("isMfaRequired", False),
        "color": body.get("color", {}),
        "branding": body.get("branding", {}),
        "customCss": body.get("customCss"),
        "createdAt": state.now_ms(),
    }
    state.organizations[organization["id"]] = organization
    return Response.json(dict(organization), 201)


def get_organization(ctx: Context) -> Response:
    organization_id = ctx.params["id"]
    return Response.json(
        dict(require_by_id(ctx.state.organizations, "organizations", organization_id))
    )


def update_organization(ctx: Context) -> Response:
    organization = _organization(ctx)
    organization.update(validate_body(ctx.request, _ORGANIZATION_FIELDS))
    return Response.json(dict(organization))


def delete_organization(ctx: Context) -> Response:
    ctx.state.delete_organization(_organization(ctx)["id"])
    return Response.no_content()


# --- members -------------------------------------------------------------------------------


def _members(ctx: Context) -> tuple[State, str, list[str]]:
    state, org_id = ctx.state, _organization(ctx)["id"]
    return state, org_id, state.organization_users.setdefault(org_id, [])


def list_organization_users(ctx: Context) -> Response:
    selected = page(ctx)
    state, org_id, members = _members(ctx)
    role_filter = ctx.request.query_value("organizationRoleId")
    rows = []
    for user in newest_first(state.users[u].row for u in members if u in state.users):
        roles = state.organization_user_roles.get((org_id, user["id"]), [])
        if role_filter and role_filter not in roles:
            continue
        rows.append({**user, "organizationRoles": state.member_roles(org_id, user["id"])})
    keys = ("id", "username", "primaryEmail", "primaryPhone", "name")
    return paged(ctx, selected, _filtered(ctx, rows, keys))


def add_organization_users(ctx: Context) -> Response:
    state, _, members = _members(ctx)
    body = validate_body(
        ctx.request, {"userIds": array(string(min_length=1), required=True, min_length=1)}
    )
    user_ids = existing_ids(body["userIds"], state.users, foreign_key_error)
    add_missing(members, user_ids)
    return Response.json({"userIds": body["userIds"]}, 201)


def replace_organization_users(ctx: Context) -> Response:
    state, org_id, _ = _members(ctx)
    body = validate_body(ctx.request, {"userIds": string_ids()})
    user_ids = existing_ids(body["userIds"], state.users, foreign_key_error)
    replace_members(state.organization_users, state.organization_user_roles, org_id, user_ids)
    return Response.no_content()


def delete_organization_user(ctx: Context) -> Response:
    state, org_id, members = _members(ctx)
    remove_member(members, state.organization_user_roles, org_id, ctx.params["userId"])
    return Response.no_content()


def _member_role_ids(ctx: Context) -> tuple[State, str, str]:
    state, org_id, members = _members(ctx)
    user_id = ctx.params["userId"]
    if user_id not in members:
        raise require_membership_error()
    return state, org_id, user_id


def _role_ids_from(state: State, body: dict[str, JSONType]) -> list[str]:
    ids = list(body.get("organizationRoleIds") or [])
    for name in body.get("organizationRoleNames") or []:
        found = [r["id"] for r in state.organization_roles.values() if r["name"] == name]
        if not found:
            raise foreign_key_error(name)
        ids.extend(found)
    return existing_ids(ids, state.organization_roles, foreign_key_error)


_MEMBER_ROLES_BODY = {
    "organizationRoleIds": array(string(min_length=1)),
    "organizationRoleNames": array(string(min_length=1)),
}


def list_member_roles(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    state, org_id, user_id = _member_role_ids(ctx)
    ids = state.organization_user_roles.get((org_id, user_id), [])
    roles = [dict(state.organization_roles[i]) for i in ids if i in state.organization_roles]
    return paged(ctx, selected, by_key(roles, "name"))


def assign_member_roles(ctx: Context) -> Response:
    state, org_id, user_id = _member_role_ids(ctx)
    body = validate_body(ctx.request, _MEMBER_ROLES_BODY)
    role_ids = _role_ids_from(state, body)
    current = state.organization_user_roles.setdefault((org_id, user_id), [])
    add_missing(current, role_ids)
    return Response.json({"organizationRoleIds": role_ids}, 201)


def replace_member_roles(ctx: Context) -> Response:
    state, org_id, user_id = _member_role_ids(ctx)
    body = validate_body(ctx.request, _MEMBER_ROLES_BODY)
    state.organization_user_roles[(org_id, user_id)] = _role_ids_from(state, body)
    return Response.no_content()


def delete_member_role(ctx: Context) -> Response:
    state, org_id, user_id = _member_role_ids(ctx)
    current = state.organization_user_roles.get((org_id, user_id), [])
    remove_or_404(current, ctx.params["organizationRoleId"])
    return Response.no_content()


def assign_roles_to_users(ctx: Context) -> Response:
    state, org_id, members = _members(ctx)
    body = validate_body(
        ctx.request, {"userIds": string_ids(), "organizationRoleIds": string_ids()}
    )
    user_ids = existing_ids(body["userIds"], state.users, foreign_key_error)
    role_ids = existing_ids(
        body["organizationRoleIds"], state.organization_roles, foreign_key_error
    )
    if any(u not in members for u in user_ids):
        raise require_membership_error()
    for user_id in user_ids:
        current = state.organization_user_roles.setdefault((org_id, user_id), [])
        add_missing(current, role_ids)
    return Response.created_without_body()


# --- organization roles --------------------------------------------------------------------


def _org_role(ctx: Context) -> Row:
    return require(ctx.state.organization_roles, ctx.params["id"])


def _role_with_scopes(state: State, role: Row) -> Row:
    scopes = [
        {"id": s, "name": state.organization_scopes[s]["name"]}
        for s in state.organization_role_scopes.get(role["id"], [])
        if s in state.organization_scopes
    ]
    resource_scopes = []
    for scope_id in state.organization_role_resource_scopes.get(role["id"], []):
        scope = state.scopes.get(scope_id)
        if scope is None:
            continue
        resource = state.resources[scope["resourceId"]]
        resource_scopes.append(
            {
                "id": scope["id"],
                "name": scope["name"],
                "resource": {"id": resource["id"], "name": resource["name"]},
            }
        )
    return {
        **role,
        "scopes": sorted(scopes, key=lambda s: s["id"]),
        "resourceScopes": sorted(resource_scopes, key=lambda s: s["id"]),
    }


def _assert_org_role_name_free(state: State, name: str, exclude: str | None = None) -> None:
    if any(r["name"] == name and r["id"] != exclude for r in state.organization_roles.values()):
        raise unique_violation()


def list_organization_roles(ctx: Context) -> Response:
    selected = page(ctx)
    state = ctx.state
    roles = _filtered(
        ctx, by_key(state.organization_roles.values(), "name"), ("id", "name", "description")
    )
    return paged(ctx, selected, [_role_with_scopes(state, r) for r in roles])


def create_organization_role(ctx: Context) -> Response:
    state = ctx.state
    body = validate_body(
        ctx.request,
        {
            "name": string(required=True, min_length=1),
            "description": string(nullable=True),
            "type": enum(*_ROLE_TYPES),
            "organizationScopeIds": array(string(min_length=1)),
            "resourceScopeIds": array(string(min_length=1)),
        },
    )
    _assert_org_role_name_free(state, body["name"])
    scope_ids = _checked_org_scopes(state, body.get("organizationScopeIds") or [])
    resource_scope_ids = list(dict.fromkeys(body.get("resourceScopeIds") or []))
    if any(s not in state.scopes for s in resource_scope_ids):
        raise ApiError(
            422,
            "organization.roles.invalid_resource_scope_ids",
            "The resource scope IDs are not valid.",
        )
    role: Row = {
        "tenantId": state.tenant_id,
        "id": state.new_id(),
        "name": body["name"],
        "description": body.get("description"),
        "type": body.get("type", "User"),
    }
    state.organization_roles[role["id"]] = role
    state.organization_role_scopes[role["id"]] = scope_ids
    state.organization_role_resource_scopes[role["id"]] = resource_scope_ids
    return Response.json(dict(role), 201)


def _checked_org_scopes(state: State, ids: list[str]) -> list[str]:
    unique = list(dict.fromkeys(ids))
    if any(s not in state.organization_scopes for s in unique):
        raise ApiError(
            422,
            "organization.roles.invalid_scope_ids",
            "The organization scope IDs are not valid.",
        )
    return unique


def get_organization_role(ctx: Context) -> Response:
    return Response.json(_role_with_scopes(ctx.state, _org_role(ctx)))


def update_organization_role(ctx: Context) -> Response:
    role = _org_role(ctx)
    body = validate_body(
        ctx.request,
        {
            "name": string(min_length=1),
            "description": string(nullable=True),
            "type": enum(*_ROLE_TYPES),
        },
    )
    if "name" in body:
        _assert_org_role_name_free(ctx.state, body["name"], exclude=role["id"])
    role.update(body)
    return Response.json(dict(role))


def delete_organization_role(ctx: Context) -> Response:
    ctx.state.delete_organization_role(_org_role(ctx)["id"])
    return Response.no_content()


def list_organization_role_scopes(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    state, role_id = ctx.state, _org_role(ctx)["id"]
    ids = state.organization_role_scopes.get(role_id, [])
    scopes = [dict(state.organization_scopes[i]) for i in ids if i in state.organization_scopes]
    return paged(ctx, selected, by_key(scopes, "name"))


def add_organization_role_scopes(ctx: Context) -> Response:
    state, role_id = ctx.state, _org_role(ctx)["id"]
    body = validate_body(ctx.request, {"organizationScopeIds": string_ids()})
    scope_ids = existing_ids(
        body["organizationScopeIds"], state.organization_scopes, foreign_key_error
    )
    current = state.organization_role_scopes.setdefault(role_id, [])
    add_missing(current, scope_ids)
    return Response.created_without_body()


def replace_organization_role_scopes(ctx: Context) -> Response:
    state, role_id = ctx.state, _org_role(ctx)["id"]
    body = validate_body(ctx.request, {"organizationScopeIds": string_ids()})
    state.organization_role_scopes[role_id] = existing_ids(
        body["organizationScopeIds"], state.organization_scopes, foreign_key_error
    )
    return Response.no_content()


def delete_organization_role_scope(ctx: Context) -> Response:
    state, role_id = ctx.state, _org_role(ctx)["id"]
    current = state.organization_role_scopes.get(role_id, [])
    remove_or_404(current, ctx.params["organizationScopeId"])
    return Response.no_content()


# --- organization scopes -------------------------------------------------------------------


def _org_scope(ctx: Context) -> Row:
    return require_by_id(ctx.state.organization_scopes, "organization_scopes", ctx.params["id"])


def _assert_org_scope_name_free(state: State, name: str, exclude: str | None = None) -> None:
    if any(s["name"] == name and s["id"] != exclude for s in state.organization_scopes.values()):
        raise unique_violation()


def list_organization_scopes(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    scopes = by_key((dict(s) for s in ctx.state.organization_scopes.values()), "name")
    return paged(ctx, selected, _filtered(ctx, scopes, ("id", "name", "description")))


def create_organization_scope(ctx: Context) -> Response:
    state = ctx.state
    body = validate_body(
        ctx.request,
        {"name": string(required=True, min_length=1), "description": string(nullable=True)},
    )
    _assert_org_scope_name_free(state, body["name"])
    scope: Row = {
        "tenantId": state.tenant_id,
        "id": state.new_id(),
        "name": body["name"],
        "description": body.get("description"),
    }
    state.organization_scopes[scope["id"]] = scope
    return Response.json(dict(scope), 201)


def get_organization_scope(ctx: Context) -> Response:
    return Response.json(dict(_org_scope(ctx)))


def update_organization_scope(ctx: Context) -> Response:
    scope = _org_scope(ctx)
    body = validate_body(
        ctx.request, {"name": string(min_length=1), "description": string(nullable=True)}
    )
    if "name" in body:
        _assert_org_scope_name_free(ctx.state, body["name"], exclude=scope["id"])
    scope.update(body)
    return Response.json(dict(scope))


def delete_organization_scope(ctx: Context) -> Response:
    ctx.state.delete_organization_scope(_org_scope(ctx)["id"])
    return Response.no_content()


# --- invitations ---------------------------------------------------------------------------


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
    o = "/api/organizations/{id}"
    member = f"{o}/users/{{userId}}"
    router.add("GET", "/api/organizations", "ListOrganizations", list_organizations)
    router.add("POST", "/api/organizations", "CreateOrganization", create_organization)
    router.add("GET", o, "GetOrganization", get_organization)
    router.add("PATCH", o, "UpdateOrganization", update_organization)
    router.add("DELETE", o, "DeleteOrganization", delete_organization)
    router.add("GET", f"{o}/users", "ListOrganizationUsers", list_organization_users)
    router.add("POST", f"{o}/users", "AddOrganizationUsers", add_organization_users)
    router.add("PUT", f"{o}/users", "ReplaceOrganizationUsers", replace_organization_users)
    router.add("DELETE", member, "DeleteOrganizationUser", delete_organization_user)
    router.add("POST", f"{o}/users/roles", "AssignOrganizationRolesToUsers", assign_roles_to_users)
    router.add("GET", f"{member}/roles", "ListOrganizationUserRoles", list_member_roles)
    router.add("POST", f"{member}/roles", "AssignOrganizationRolesToUser", assign_member_roles)
    router.add("PUT", f"{member}/roles", "ReplaceOrganizationUserRoles", replace_member_roles)
    router.add(
        "DELETE",
        f"{member}/roles/{{organizationRoleId}}",
        "DeleteOrganizationUserRole",
        delete_member_role,
    )

    r = "/api/organization-roles/{id}"
    router.add("GET", "/api/organization-roles", "ListOrganizationRoles", list_organization_roles)
    router.add(
        "POST", "/api/organization-roles", "CreateOrganizationRole", create_organization_role
    )
    router.add("GET", r, "GetOrganizationRole", get_organization_role)
    router.add("PATCH", r, "UpdateOrganizationRole", update_organization_role)
    router.add("DELETE", r, "DeleteOrganizationRole", delete_organization_role)
    router.add("GET", f"{r}/scopes", "ListOrganizationRoleScopes", list_organization_role_scopes)
    router.add("POST", f"{r}/scopes", "CreateOrganizationRoleScope", add_organization_role_scopes)
    router.add(
        "PUT", f"{r}/scopes", "ReplaceOrganizationRoleScopes", replace_organization_role_scopes
    )
    router.add(
        "DELETE",
        f"{r}/scopes/{{organizationScopeId}}",
        "DeleteOrganizationRoleScope",
        delete_organization_role_scope,
    )

    s = "/api/organization-scopes/{id}"
    router.add(
        "GET", "/api/organization-scopes", "ListOrganizationScopes", list_organization_scopes
    )
    router.add(
        "POST", "/api/organization-scopes", "CreateOrganizationScope", create_organization_scope
    )
    router.add("GET", s, "GetOrganizationScope", get_organization_scope)
    router.add("PATCH", s, "UpdateOrganizationScope", update_organization_scope)
    router.add("DELETE", s, "DeleteOrganizationScope", delete_organization_scope)

    i = "/api/organization-invitations"
    router.add("GET", i, "ListOrganizationInvitations", list_invitations)
    router.add("POST", i, "CreateOrganizationInvitation", create_invitation)
    router.add("GET", f"{i}/{{id}}", "GetOrganizationInvitation", get_invitation)
    router.add("DELETE", f"{i}/{{id}}", "DeleteOrganizationInvitation", delete_invitation)
    router.add(
        "PUT", f"{i}/{{id}}/status", "ReplaceOrganizationInvitationStatus", update_invitation_status
    )
    applications.register(router, generic)
