"""Organization applications and their roles, as recorded from Logto 1.42.

* Only machine-to-machine applications can join an organization (another type is
  ``422 entity.db_constraint_violated``, what the database's check answers), and only
  machine-to-machine organization roles can be given to them (same answer).
* An application that is not in the organization has no roles there:
  ``422 organization.require_membership``.
"""

from __future__ import annotations

from ..._app.router import Router
from ..._http import ApiError, Response, foreign_key_error, require_membership_error
from ..._model.context import Context
from ..._model.generic import GenericApi
from ..._model.guards import array, string, string_ids, validate_body
from ..._model.pagination import page, paged
from ..._model.relations import (
    add_missing,
    existing_ids,
    organization_id_of,
    remove_member,
    remove_or_404,
    replace_members,
)
from ..._model.state import State, by_key, newest_first


def _constraint() -> ApiError:
    return ApiError(422, "entity.db_constraint_violated", "Database constraint violated.")


def _apps(ctx: Context) -> tuple[State, str, list[str]]:
    state, org_id = ctx.state, organization_id_of(ctx)
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


def list_organization_applications(ctx: Context) -> Response:
    selected = page(ctx)
    state, org_id, members = _apps(ctx)
    rows = [
        {
            **state.applications[a].row,
            "organizationRoles": state.application_member_roles(org_id, a),
        }
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


# --- member scopes, role resource scopes ---------------------------------------------------


def register(router: Router, generic: GenericApi) -> None:
    apps = "/api/organizations/{id}/applications"
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
