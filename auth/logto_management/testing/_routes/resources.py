"""``/api/resources``: API resources and their scopes."""

from __future__ import annotations

from .._app.router import Router
from .._http import ApiError, Response, not_found
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import boolean, number, string, validate_body
from .._model.pagination import page, paged
from .._model.relations import require, require_by_id
from .._model.search import SCOPE_SEARCH_FIELDS, is_true, search_rows
from .._model.state import MANAGEMENT_API_RESOURCE_ID, Row, State


def _resource(ctx: Context, key: str = "id") -> Row:
    return require_by_id(ctx.state.resources, "resources", ctx.params[key])


def list_resources(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    state = ctx.state
    include_scopes = is_true(ctx.request.query_value("includeScopes"))
    rows = []
    for resource in state.resources.values():
        row = dict(resource)
        if include_scopes:
            row["scopes"] = [
                dict(s) for s in state.scopes.values() if s["resourceId"] == resource["id"]
            ]
        rows.append(row)
    return paged(ctx, selected, rows)


def create_resource(ctx: Context) -> Response:
    state = ctx.state
    body = validate_body(
        ctx.request,
        {
            "name": string(required=True, min_length=1),
            "indicator": string(required=True, min_length=1),
            "accessTokenTtl": number(),
        },
    )
    if state.resource_by_indicator(body["indicator"]) is not None:
        raise ApiError(
            422,
            "resource.resource_identifier_in_use",
            f"The API identifier {body['indicator']} is already in use",
        )
    resource: Row = {
        "tenantId": state.tenant_id,
        "id": state.new_id(),
        "name": body["name"],
        "indicator": body["indicator"],
        "isDefault": False,
        "accessTokenTtl": body.get("accessTokenTtl", 3600),
    }
    state.resources[resource["id"]] = resource
    return Response.json({**resource, "scopes": []}, 201)


def get_resource(ctx: Context) -> Response:
    return Response.json(dict(_resource(ctx)))


def update_resource(ctx: Context) -> Response:
    resource = _resource(ctx)
    body = validate_body(ctx.request, {"name": string(min_length=1), "accessTokenTtl": number()})
    resource.update(body)
    return Response.json(dict(resource))


def delete_resource(ctx: Context) -> Response:
    resource = _resource(ctx)
    if resource["id"] == MANAGEMENT_API_RESOURCE_ID:
        raise ApiError(
            400, "resource.cannot_delete_management_api", "Cannot delete Logto management API."
        )
    ctx.state.delete_resource(resource["id"])
    return Response.no_content()


def _assert_scope_name(state: State, resource_id: str, name: str, exclude: str | None) -> None:
    if " " in name:
        raise ApiError(
            400, "scope.name_with_space", "The name of the scope cannot contain any spaces."
        )
    for scope in state.scopes.values():
        if scope["resourceId"] == resource_id and scope["name"] == name and scope["id"] != exclude:
            raise ApiError(422, "scope.name_exists", f"The scope name {name} is already in use")


def list_resource_scopes(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    resource_id = _resource(ctx, "resourceId")["id"]
    scopes = [dict(s) for s in ctx.state.scopes.values() if s["resourceId"] == resource_id]
    return paged(ctx, selected, search_rows(ctx, scopes, SCOPE_SEARCH_FIELDS))


def create_resource_scope(ctx: Context) -> Response:
    state = ctx.state
    resource_id = _resource(ctx, "resourceId")["id"]
    body = validate_body(
        ctx.request,
        {"name": string(required=True, min_length=1), "description": string(nullable=True)},
    )
    _assert_scope_name(state, resource_id, body["name"], None)
    scope: Row = {
        "tenantId": state.tenant_id,
        "id": state.new_id(),
        "resourceId": resource_id,
        "name": body["name"],
        "description": body.get("description"),
        "createdAt": state.now_ms(),
    }
    state.scopes[scope["id"]] = scope
    return Response.json(dict(scope), 201)


def _scope_of(ctx: Context) -> Row:
    resource_id = _resource(ctx, "resourceId")["id"]
    scope = require(ctx.state.scopes, ctx.params["scopeId"])
    if scope["resourceId"] != resource_id:
        raise not_found()
    return scope


def update_resource_scope(ctx: Context) -> Response:
    scope = _scope_of(ctx)
    body = validate_body(
        ctx.request, {"name": string(min_length=1), "description": string(nullable=True)}
    )
    if "name" in body:
        _assert_scope_name(ctx.state, scope["resourceId"], body["name"], scope["id"])
    scope.update(body)
    return Response.json(dict(scope))


def delete_resource_scope(ctx: Context) -> Response:
    ctx.state.delete_scope(_scope_of(ctx)["id"])
    return Response.no_content()


def update_resource_is_default(ctx: Context) -> Response:
    state = ctx.state
    resource = state.resources.get(ctx.params["id"])
    if resource is None:
        raise ApiError(404, "entity.not_exists", "The resource does not exist.")
    body = validate_body(ctx.request, {"isDefault": boolean(required=True)})
    if body["isDefault"]:
        for other in state.resources.values():
            other["isDefault"] = False
    resource["isDefault"] = body["isDefault"]
    return Response.json(dict(resource))


def register(router: Router, generic: GenericApi) -> None:
    res = "/api/resources/{id}"
    scopes = "/api/resources/{resourceId}/scopes"
    router.add("GET", "/api/resources", "ListResources", list_resources)
    router.add("POST", "/api/resources", "CreateResource", create_resource)
    router.add("GET", res, "GetResource", get_resource)
    router.add("PATCH", res, "UpdateResource", update_resource)
    router.add("DELETE", res, "DeleteResource", delete_resource)
    router.add("GET", scopes, "ListResourceScopes", list_resource_scopes)
    router.add("POST", scopes, "CreateResourceScope", create_resource_scope)
    router.add("PATCH", f"{scopes}/{{scopeId}}", "UpdateResourceScope", update_resource_scope)
    router.add("DELETE", f"{scopes}/{{scopeId}}", "DeleteResourceScope", delete_resource_scope)
    router.add(
        "PATCH",
        "/api/resources/{id}/is-default",
        "UpdateResourceIsDefault",
        update_resource_is_default,
    )
