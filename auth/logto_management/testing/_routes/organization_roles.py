"""``/api/organization-roles``: the organization template's roles, with their organization scopes
and API resource scopes."""

from __future__ import annotations

from .._app.router import Router
from .._http import ApiError, Response, foreign_key_error, unique_violation
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import array, enum, string, string_ids, validate_body
from .._model.pagination import page, paged
from .._model.relations import add_missing, existing_ids, remove_or_404, require
from .._model.search import keyword_rows
from .._model.state import Row, State, by_key

_ROLE_TYPES = ("User", "MachineToMachine")


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
    roles = keyword_rows(
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


def register(router: Router, generic: GenericApi) -> None:
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
