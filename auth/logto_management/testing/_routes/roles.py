"""``/api/roles``: roles with their users, applications and scopes."""

from __future__ import annotations

from .._app.router import Router
from .._http import ApiError, Response, not_found_error
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import array, boolean, enum, string, string_ids, validate_body, validate_query
from .._model.pagination import page, paged
from .._model.relations import existing_ids, remove_or_404, require_by_id
from .._model.search import (
    APPLICATION_SEARCH_FIELDS,
    ROLE_SEARCH_FIELDS,
    SCOPE_SEARCH_FIELDS,
    USER_SEARCH_FIELDS,
    search_rows,
)
from .._model.state import Row, State, newest_first

_ROLE_TYPES = ("User", "MachineToMachine")


def _role(ctx: Context) -> Row:
    return require_by_id(ctx.state.roles, "roles", ctx.params["id"])


def _assert_role_name_free(state: State, name: str, exclude: str | None = None) -> None:
    if any(r["name"] == name and r["id"] != exclude for r in state.roles.values()):
        raise ApiError(422, "role.name_in_use", f"This role name {name} is already in use")


def _role_with_counts(state: State, role: Row) -> Row:
    user_ids = [u for u, roles in state.user_roles.items() if role["id"] in roles]
    app_ids = [a for a, roles in state.application_roles.items() if role["id"] in roles]
    users = [state.users[u].row for u in user_ids if u in state.users]
    apps = [state.applications[a].row for a in app_ids if a in state.applications]
    return {
        **role,
        "usersCount": len(users),
        "featuredUsers": [
            {"id": u["id"], "avatar": u["avatar"], "name": u["name"]} for u in users[:3]
        ],
        "applicationsCount": len(apps),
        "featuredApplications": [
            {"id": a["id"], "name": a["name"], "type": a["type"]} for a in apps[:3]
        ],
    }


def list_roles(ctx: Context) -> Response:
    selected = page(ctx)
    state, request = ctx.state, ctx.request
    query = validate_query(ctx.request, {"type": enum(*_ROLE_TYPES)})
    excluded: set[str] = set()
    if user_id := request.query_value("excludeUserId"):
        excluded |= set(state.user_roles.get(user_id, []))
    if app_id := request.query_value("excludeApplicationId"):
        excluded |= set(state.application_roles.get(app_id, []))
    roles = [
        r
        for r in state.roles.values()
        if r["id"] not in excluded and query.get("type") in (None, r["type"])
    ]
    found = search_rows(ctx, roles, ROLE_SEARCH_FIELDS)
    return paged(ctx, selected, found, lambda role: _role_with_counts(state, role))


def create_role(ctx: Context) -> Response:
    state = ctx.state
    body = validate_body(
        ctx.request,
        {
            "name": string(required=True, min_length=1),
            "description": string(required=True, min_length=1),
            "type": enum(*_ROLE_TYPES),
            "isDefault": boolean(),
            "scopeIds": array(string(min_length=1)),
        },
    )
    _assert_role_name_free(state, body["name"])
    scope_ids = existing_ids(body.get("scopeIds") or [], state.scopes, not_found_error)
    role = state.add_role(
        body["name"], body["description"], body.get("type", "User"), body.get("isDefault", False)
    )
    state.role_scopes[role["id"]] = scope_ids
    return Response.json(state.role_view(role))


def get_role(ctx: Context) -> Response:
    return Response.json(ctx.state.role_view(_role(ctx)))


def update_role(ctx: Context) -> Response:
    role = _role(ctx)
    body = validate_body(
        ctx.request,
        {"name": string(min_length=1), "description": string(min_length=1), "isDefault": boolean()},
    )
    if "name" in body:
        _assert_role_name_free(ctx.state, body["name"], exclude=role["id"])
    role.update(body)
    return Response.json(ctx.state.role_view(role))


def delete_role(ctx: Context) -> Response:
    ctx.state.delete_role(_role(ctx)["id"])
    return Response.no_content()


def list_role_users(ctx: Context) -> Response:
    selected = page(ctx)
    state, role_id = ctx.state, _role(ctx)["id"]
    users = newest_first(
        u.row for u in state.users.values() if role_id in state.user_roles.get(u.row["id"], [])
    )
    found = search_rows(ctx, users, USER_SEARCH_FIELDS)
    return paged(ctx, selected, found, lambda row: state.user_view(state.users[row["id"]]))


def create_role_users(ctx: Context) -> Response:
    state, role = ctx.state, _role(ctx)
    body = validate_body(ctx.request, {"userIds": string_ids()})
    user_ids = existing_ids(body["userIds"], state.users, not_found_error)
    if role["type"] != "User":
        raise ApiError(
            422,
            "user.invalid_role_type",
            "Invalid role type, can not assign machine-to-machine role to user.",
        )
    for user_id in user_ids:
        if role["id"] in state.user_roles.get(user_id, []):
            raise ApiError(
                422,
                "role.user_exists",
                f"The user id {user_id} is already been added to this role",
            )
    for user_id in user_ids:
        state.user_roles.setdefault(user_id, []).append(role["id"])
    return Response.created_without_body()


def delete_role_user(ctx: Context) -> Response:
    role_id = _role(ctx)["id"]
    roles = ctx.state.user_roles.get(ctx.params["userId"], [])
    remove_or_404(roles, role_id)
    return Response.no_content()


def list_role_applications(ctx: Context) -> Response:
    selected = page(ctx)
    state, role_id = ctx.state, _role(ctx)["id"]
    apps = newest_first(
        dict(a.row)
        for a in state.applications.values()
        if role_id in state.application_roles.get(a.row["id"], [])
    )
    return paged(ctx, selected, search_rows(ctx, apps, APPLICATION_SEARCH_FIELDS))


def create_role_applications(ctx: Context) -> Response:
    state, role = ctx.state, _role(ctx)
    body = validate_body(ctx.request, {"applicationIds": string_ids()})
    app_ids = existing_ids(body["applicationIds"], state.applications, not_found_error)
    if role["type"] != "MachineToMachine":
        raise ApiError(
            422,
            "application.invalid_role_type",
            "Can not assign user type role to machine to machine application.",
        )
    for app_id in app_ids:
        if state.applications[app_id].row["type"] != "MachineToMachine":
            raise ApiError(
                422,
                "application.invalid_type",
                "Only machine to machine applications can have associated roles.",
            )
        if role["id"] in state.application_roles.get(app_id, []):
            raise ApiError(
                422,
                "role.application_exists",
                f"The application id {app_id} is already been added to this role",
            )
    for app_id in app_ids:
        state.application_roles.setdefault(app_id, []).append(role["id"])
    return Response.created_without_body()


def delete_role_application(ctx: Context) -> Response:
    role_id = _role(ctx)["id"]
    roles = ctx.state.application_roles.get(ctx.params["applicationId"], [])
    remove_or_404(roles, role_id)
    return Response.no_content()


def list_role_scopes(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    state, role_id = ctx.state, _role(ctx)["id"]
    mine = state.role_scopes.get(role_id, [])
    scopes = [state.scopes[s] for s in mine if s in state.scopes]
    found = search_rows(ctx, scopes, SCOPE_SEARCH_FIELDS)
    return paged(ctx, selected, [state.scope_with_resource(s) for s in found])


def create_role_scopes(ctx: Context) -> Response:
    state, role_id = ctx.state, _role(ctx)["id"]
    body = validate_body(ctx.request, {"scopeIds": string_ids()})
    scope_ids = existing_ids(body["scopeIds"], state.scopes, not_found_error)
    mine = state.role_scopes.setdefault(role_id, [])
    for scope_id in scope_ids:
        if scope_id in mine:
            raise ApiError(
                422,
                "role.scope_exists",
                f"The scope id {scope_id} has already been added to this role",
            )
    mine.extend(scope_ids)
    return Response.json([dict(state.scopes[s]) for s in scope_ids], 201)


def delete_role_scope(ctx: Context) -> Response:
    role_id = _role(ctx)["id"]
    mine = ctx.state.role_scopes.get(role_id, [])
    remove_or_404(mine, ctx.params["scopeId"])
    return Response.no_content()


def register(router: Router, generic: GenericApi) -> None:
    r = "/api/roles/{id}"
    router.add("GET", "/api/roles", "ListRoles", list_roles)
    router.add("POST", "/api/roles", "CreateRole", create_role)
    router.add("GET", r, "GetRole", get_role)
    router.add("PATCH", r, "UpdateRole", update_role)
    router.add("DELETE", r, "DeleteRole", delete_role)
    router.add("GET", f"{r}/users", "ListRoleUsers", list_role_users)
    router.add("POST", f"{r}/users", "CreateRoleUser", create_role_users)
    router.add("DELETE", f"{r}/users/{{userId}}", "DeleteRoleUser", delete_role_user)
    router.add("GET", f"{r}/applications", "ListRoleApplications", list_role_applications)
    router.add("POST", f"{r}/applications", "CreateRoleApplication", create_role_applications)
    router.add(
        "DELETE",
        f"{r}/applications/{{applicationId}}",
        "DeleteRoleApplication",
        delete_role_application,
    )
    router.add("GET", f"{r}/scopes", "ListRoleScopes", list_role_scopes)
    router.add("POST", f"{r}/scopes", "CreateRoleScope", create_role_scopes)
    router.add("DELETE", f"{r}/scopes/{{scopeId}}", "DeleteRoleScope", delete_role_scope)
