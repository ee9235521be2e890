"""Organization applications and their roles, member scopes, role resource scopes and
just-in-time provisioning (roles, email domains), as recorded from Logto 1.42.

* Only machine-to-machine applications can join an organization (another type is
  ``422 entity.db_constraint_violated``, what the database's check answers), and only
  machine-to-machine organization roles can be given to them (same answer).
* An application that is not in the organization has no roles there:
  ``422 organization.require_membership``.
"""

from __future__ import annotations

from ..._app.router import Router
from ..._http import (
    ApiError,
    Response,
    foreign_key_error,
    require_membership_error,
    unique_violation,
)
from ..._model.context import Context
from ..._model.generic import GenericApi
from ..._model.guards import array, string, string_ids, validate_body
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
from ..._model.state import Row, State, by_key, newest_first


def _constraint() -> ApiError:
    return ApiError(422, "entity.db_constraint_violated", "Database constraint violated.")


def _org_id(ctx: Context) -> str:
    organization: Row = require_by_id(ctx.state.organizations, "organizations", ctx.params["id"])
    return str(organization["id"])


def _apps(ctx: Context) -> tuple[State, str, list[str]]:
    state, org_id = ctx.state, _org_id(ctx)
    return state, org_id, state.organization_applications.setdefault(org_id, [])


def _checked_apps(state: State, ids: list[str]) -> list[str]:
    app_ids = existing_ids(ids, state.applications, foreign_key_error)
    if any(state.applications[a].row["type"] != "MachineToMachine" for a in app_ids):
        raise _constraint()
    return app_ids


def _checked_app_roles(state: State, ids: list[str]) -> list[str]:
    role_ids = existing_ids(ids, state.organization_roles, foreign_key_error)
    if any(state.organization_roles[r]["type"] != "MachineToMachine" for r in role_ids):
        raise _constraint()
    return role_ids


def _app_roles(state: State, org_id: str, app_id: str) -> list[Row]:
    ids = state.organization_application_roles.get((org_id, app_id), [])
    return by_key((state.organization_role_entity(i) for i in ids), "name")


def list_organization_applications(ctx: Context) -> Response:
    selected = page(ctx)
    state, org_id, members = _apps(ctx)
    rows = [
        {**state.applications[a].row, "organizationRoles": _app_roles(state, org_id, a)}
        for a in members
        if a in state.applications
    ]
    query = (ctx.request.query_value("q") or "").lower()
    if query:
        rows = [r for r in rows if query in r["name"].lower() or query in r["id"].lower()]
    return paged(ctx, selected, newest_first(rows))


_APPS_BODY = {"applicationIds": array(string(min_length=1), required=True, min_length=1)}


def add_organization_applications(ctx: Context) -> Response:
    state, _, members = _apps(ctx)
    body = validate_body(ctx.request, _APPS_BODY)
    add_missing(members, _checked_apps(state, body["applicationIds"]))
    return Response.created_without_body()


def replace_organization_applications(ctx: Context) -> Response:
    state, org_id, _ = _apps(ctx)
    body = validate_body(ctx.request, {"applicationIds": string_ids()})
    app_ids = _checked_apps(state, body["applicationIds"])
    replace_members(
        state.organization_applications, state.organization_application_roles, org_id, app_ids
    )
    return Response.no_content()


def delete_organization_application(ctx: Context) -> Response:
    state, org_id, members = _apps(ctx)
    app_id = ctx.params["applicationId"]
    remove_member(members, state.organization_application_roles, org_id, app_id)
    return Response.no_content()


def _member_app(ctx: Context) -> tuple[State, str, str]:
    state, org_id, members = _apps(ctx)
    app_id = ctx.params["applicationId"]
    if app_id not in members:
        raise require_membership_error()
    return state, org_id, app_id


def assign_roles_to_applications(ctx: Context) -> Response:
    state, org_id, members = _apps(ctx)
    body = validate_body(
        ctx.request, {"applicationIds": string_ids(), "organizationRoleIds": string_ids()}
    )
    app_ids = existing_ids(body["applicationIds"], state.applications, foreign_key_error)
    role_ids = _checked_app_roles(state, body["organizationRoleIds"])
    if any(a not in members for a in app_ids):
        raise require_membership_error()
    for app_id in app_ids:
        current = state.organization_application_roles.setdefault((org_id, app_id), [])
        add_missing(current, role_ids)
    return Response.created_without_body()


def list_application_roles(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    state, org_id, app_id = _member_app(ctx)
    ids = state.organization_application_roles.get((org_id, app_id), [])
    roles = [dict(state.organization_roles[i]) for i in ids if i in state.organization_roles]
    return paged(ctx, selected, by_key(roles, "name"))


_ROLES_BODY = {"organizationRoleIds": string_ids()}


def assign_application_roles(ctx: Context) -> Response:
    state, org_id, app_id = _member_app(ctx)
    role_ids = _checked_app_roles(
        state, validate_body(ctx.request, _ROLES_BODY)["organizationRoleIds"]
    )
    current = state.organization_application_roles.setdefault((org_id, app_id), [])
    add_missing(current, role_ids)
    return Response.created_without_body()


def replace_application_roles(ctx: Context) -> Response:
    state, org_id, app_id = _member_app(ctx)
    role_ids = _checked_app_roles(
        state, validate_body(ctx.request, _ROLES_BODY)["organizationRoleIds"]
    )
    state.organization_application_roles[(org_id, app_id)] = role_ids
    return Response.no_content()


def delete_application_role(ctx: Context) -> Response:
    state, org_id, app_id = _member_app(ctx)
    current = state.organization_application_roles.get((org_id, app_id), [])
    remove_or_404(current, ctx.params["organizationRoleId"])
    return Response.no_content()


def list_application_organizations(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    state = ctx.state
    app_id = require_by_id(state.applications, "applications", ctx.params["id"]).row["id"]
    rows = [
        {**org, "organizationRoles": _app_roles(state, org["id"], app_id)}
        for org in state.organizations.values()
        if app_id in state.organization_applications.get(org["id"], [])
    ]
    return paged(ctx, selected, rows)


# --- member scopes, role resource scopes ---------------------------------------------------


def list_member_scopes(ctx: Context) -> Response:
    state, org_id = ctx.state, _org_id(ctx)
    user_id = ctx.params["userId"]
    if user_id not in state.organization_users.get(org_id, []):
        raise require_membership_error()
    scope_ids: list[str] = []
    for role_id in state.organization_user_roles.get((org_id, user_id), []):
        for scope_id in state.organization_role_scopes.get(role_id, []):
            if scope_id not in scope_ids and scope_id in state.organization_scopes:
                scope_ids.append(scope_id)
    return Response.json(by_key((state.organization_scopes[s] for s in scope_ids), "name"))


def _org_role_id(ctx: Context) -> str:
    return str(require(ctx.state.organization_roles, ctx.params["id"])["id"])


def list_role_resource_scopes(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    state, role_id = ctx.state, _org_role_id(ctx)
    ids = state.organization_role_resource_scopes.get(role_id, [])
    return paged(ctx, selected, [dict(state.scopes[s]) for s in ids if s in state.scopes])


def add_role_resource_scopes(ctx: Context) -> Response:
    state, role_id = ctx.state, _org_role_id(ctx)
    body = validate_body(ctx.request, {"scopeIds": string_ids()})
    scope_ids = existing_ids(body["scopeIds"], state.scopes, foreign_key_error)
    current = state.organization_role_resource_scopes.setdefault(role_id, [])
    add_missing(current, scope_ids)
    return Response.created_without_body()


def replace_role_resource_scopes(ctx: Context) -> Response:
    state, role_id = ctx.state, _org_role_id(ctx)
    body = validate_body(ctx.request, {"scopeIds": string_ids()})
    scope_ids = existing_ids(body["scopeIds"], state.scopes, foreign_key_error)
    state.organization_role_resource_scopes[role_id] = scope_ids
    return Response.no_content()


def delete_role_resource_scope(ctx: Context) -> Response:
    state, role_id = ctx.state, _org_role_id(ctx)
    current = state.organization_role_resource_scopes.get(role_id, [])
    remove_or_404(current, ctx.params["scopeId"])
    return Response.no_content()


# --- just-in-time provisioning -------------------------------------------------------------


def list_jit_roles(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    state, org_id = ctx.state, _org_id(ctx)
    ids = state.organization_jit_roles.get(org_id, [])
    roles = [dict(state.organization_roles[i]) for i in ids if i in state.organization_roles]
    return paged(ctx, selected, roles)


def add_jit_roles(ctx: Context) -> Response:
    state, org_id = ctx.state, _org_id(ctx)
    body = validate_body(ctx.request, _ROLES_BODY)
    role_ids = existing_ids(
        body["organizationRoleIds"], state.organization_roles, foreign_key_error
    )
    current = state.organization_jit_roles.setdefault(org_id, [])
    add_missing(current, role_ids)
    return Response.created_without_body()


def replace_jit_roles(ctx: Context) -> Response:
    state, org_id = ctx.state, _org_id(ctx)
    body = validate_body(ctx.request, _ROLES_BODY)
    ids = existing_ids(body["organizationRoleIds"], state.organization_roles, foreign_key_error)
    state.organization_jit_roles[org_id] = ids
    return Response.no_content()


def delete_jit_role(ctx: Context) -> Response:
    state, org_id = ctx.state, _org_id(ctx)
    current = state.organization_jit_roles.get(org_id, [])
    remove_or_404(current, ctx.params["organizationRoleId"])
    return Response.no_content()


def _email_domain_row(state: State, org_id: str, domain: str) -> Row:
    return {"tenantId": state.tenant_id, "organizationId": org_id, "emailDomain": domain}


def _email_domain_rows(state: State, org_id: str) -> list[Row]:
    domains = state.organization_jit_email_domains.get(org_id, [])
    return [_email_domain_row(state, org_id, domain) for domain in domains]


def list_jit_email_domains(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    state, org_id = ctx.state, _org_id(ctx)
    return paged(ctx, selected, _email_domain_rows(state, org_id))


def add_jit_email_domain(ctx: Context) -> Response:
    state, org_id = ctx.state, _org_id(ctx)
    body = validate_body(ctx.request, {"emailDomain": string(required=True, min_length=1)})
    domains = state.organization_jit_email_domains.setdefault(org_id, [])
    if body["emailDomain"] in domains:
        raise unique_violation()
    domains.append(body["emailDomain"])
    return Response.json(_email_domain_row(state, org_id, body["emailDomain"]), 201)


def replace_jit_email_domains(ctx: Context) -> Response:
    state, org_id = ctx.state, _org_id(ctx)
    body = validate_body(ctx.request, {"emailDomains": array(string(), required=True)})
    state.organization_jit_email_domains[org_id] = list(dict.fromkeys(body["emailDomains"]))
    return Response.no_content()


def delete_jit_email_domain(ctx: Context) -> Response:
    state, org_id = ctx.state, _org_id(ctx)
    domains = state.organization_jit_email_domains.get(org_id, [])
    remove_or_404(domains, ctx.params["emailDomain"])
    return Response.no_content()


def register(router: Router, generic: GenericApi) -> None:
    o = "/api/organizations/{id}"
    apps = f"{o}/applications"
    app = f"{apps}/{{applicationId}}"
    router.add("GET", apps, "ListOrganizationApplications", list_organization_applications)
    router.add("POST", apps, "AddOrganizationApplications", add_organization_applications)
    router.add("PUT", apps, "ReplaceOrganizationApplications", replace_organization_applications)
    router.add("DELETE", app, "DeleteOrganizationApplication", delete_organization_application)
    router.add(
        "POST",
        f"{apps}/roles",
        "AssignOrganizationRolesToApplications",
        assign_roles_to_applications,
    )
    router.add("GET", f"{app}/roles", "ListOrganizationApplicationRoles", list_application_roles)
    router.add(
        "POST", f"{app}/roles", "AssignOrganizationRolesToApplication", assign_application_roles
    )
    router.add(
        "PUT", f"{app}/roles", "ReplaceOrganizationApplicationRoles", replace_application_roles
    )
    router.add(
        "DELETE",
        f"{app}/roles/{{organizationRoleId}}",
        "DeleteOrganizationApplicationRole",
        delete_application_role,
    )
    router.add(
        "GET",
        "/api/applications/{id}/organizations",
        "ListApplicationOrganizations",
        list_application_organizations,
    )
    router.add(
        "GET", f"{o}/users/{{userId}}/scopes", "ListOrganizationUserScopes", list_member_scopes
    )
    r = "/api/organization-roles/{id}/resource-scopes"
    router.add("GET", r, "ListOrganizationRoleResourceScopes", list_role_resource_scopes)
    router.add("POST", r, "CreateOrganizationRoleResourceScope", add_role_resource_scopes)
    router.add("PUT", r, "ReplaceOrganizationRoleResourceScopes", replace_role_resource_scopes)
    router.add(
        "DELETE",
        f"{r}/{{scopeId}}",
        "DeleteOrganizationRoleResourceScope",
        delete_role_resource_scope,
    )
    jit = f"{o}/jit"
    router.add("GET", f"{jit}/roles", "ListOrganizationJitRoles", list_jit_roles)
    router.add("POST", f"{jit}/roles", "CreateOrganizationJitRole", add_jit_roles)
    router.add("PUT", f"{jit}/roles", "ReplaceOrganizationJitRoles", replace_jit_roles)
    router.add(
        "DELETE",
        f"{jit}/roles/{{organizationRoleId}}",
        "DeleteOrganizationJitRole",
        delete_jit_role,
    )
    d = f"{jit}/email-domains"
    router.add("GET", d, "ListOrganizationJitEmailDomains", list_jit_email_domains)
    router.add("POST", d, "CreateOrganizationJitEmailDomain", add_jit_email_domain)
    router.add("PUT", d, "ReplaceOrganizationJitEmailDomains", replace_jit_email_domains)
    router.add(
        "DELETE",
        f"{d}/{{emailDomain}}",
        "DeleteOrganizationJitEmailDomain",
        delete_jit_email_domain,
    )
