"""Organization members (users) and their organization roles and scopes."""

from __future__ import annotations

from ..._app.router import Router
from ..._http import JSONType, Response, foreign_key_error, require_membership_error
from ..._model.context import Context
from ..._model.generic import GenericApi
from ..._model.guards import array, string, string_ids, validate_body
from ..._model.pagination import page, paged
from ..._model.relations import (
    add_missing,
    existing_ids,
    organization_id_of,
    organization_of,
    remove_member,
    remove_or_404,
    replace_members,
)
from ..._model.search import keyword_rows
from ..._model.state import State, by_key, newest_first


def list_member_scopes(ctx: Context) -> Response:
    state, org_id = ctx.state, organization_id_of(ctx)
    user_id = ctx.params["userId"]
    if user_id not in state.organization_users.get(org_id, []):
        raise require_membership_error()
    scope_ids: list[str] = []
    for role_id in state.organization_user_roles.get((org_id, user_id), []):
        for scope_id in state.organization_role_scopes.get(role_id, []):
            if scope_id not in scope_ids and scope_id in state.organization_scopes:
                scope_ids.append(scope_id)
    return Response.json(by_key((state.organization_scopes[s] for s in scope_ids), "name"))


def _members(ctx: Context) -> tuple[State, str, list[str]]:
    state, org_id = ctx.state, organization_of(ctx)["id"]
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
    return paged(ctx, selected, keyword_rows(ctx, rows, keys))


def add_organization_users(ctx: Context) -> Response:
    state, _, members = _members(ctx)
    body = validate_body(
        ctx.request, {"userIds": array(string(min_length=1), required=True, min_length=1)}
    )
    user_ids = existing_ids(body["userIds"], state.users, foreign_key_error)
    add_missing(members, user_ids)
    return Response.json({"userIds": body["userIds"]}, 201)


def replace_organization_users(ctx: Context) -> Response:
    state, org_id, before = _members(ctx)
    body = validate_body(ctx.request, {"userIds": string_ids()})
    user_ids = existing_ids(body["userIds"], state.users, foreign_key_error)
    for user_id in [u for u in before if u not in user_ids]:
        state.consent.forget_membership(org_id, user_id)
    replace_members(state.organization_users, state.organization_user_roles, org_id, user_ids)
    return Response.no_content()


def delete_organization_user(ctx: Context) -> Response:
    state, org_id, members = _members(ctx)
    remove_member(members, state.organization_user_roles, org_id, ctx.params["userId"])
    state.consent.forget_membership(org_id, ctx.params["userId"])
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


def register(router: Router, generic: GenericApi) -> None:
    o = "/api/organizations/{id}"
    member = f"{o}/users/{{userId}}"
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
    router.add(
        "GET", f"{o}/users/{{userId}}/scopes", "ListOrganizationUserScopes", list_member_scopes
    )
