"""``/api/organization-scopes``: the organization template's scopes."""

from __future__ import annotations

from .._app.router import Router
from .._http import Response, unique_violation
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import string, validate_body
from .._model.pagination import page, paged
from .._model.relations import require_by_id
from .._model.search import keyword_rows
from .._model.state import Row, State, by_key


def _org_scope(ctx: Context) -> Row:
    return require_by_id(ctx.state.organization_scopes, "organization_scopes", ctx.params["id"])


def _assert_org_scope_name_free(state: State, name: str, exclude: str | None = None) -> None:
    if any(s["name"] == name and s["id"] != exclude for s in state.organization_scopes.values()):
        raise unique_violation()


def list_organization_scopes(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    scopes = by_key((dict(s) for s in ctx.state.organization_scopes.values()), "name")
    return paged(ctx, selected, keyword_rows(ctx, scopes, ("id", "name", "description")))


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


def register(router: Router, generic: GenericApi) -> None:
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
