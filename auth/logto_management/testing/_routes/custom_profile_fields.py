"""``/api/custom-profile-fields``: batch creation and ordering on top of the generic store."""

from __future__ import annotations

import json
from collections.abc import Callable

from .._app.router import Handler, Router
from .._http import ApiError, Request, Response, dump_json
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import parse_json_body, validate_body
from .._model.state import Row

_FIELDS = "/api/custom-profile-fields"


def _new_profile_field(generic: GenericApi) -> Callable[[Context, Row], Row]:
    def on_create(ctx: Context, row: Row) -> Row:
        orders = [f.get("sieOrder", 0) for f in generic.items(_FIELDS).values()]
        defaults: Row = {"description": None, "config": {}, "sieOrder": max(orders, default=0) + 1}
        return {**defaults, **row}

    return on_create


def _create_profile_fields(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        body = parse_json_body(ctx.request)
        if not isinstance(body, list):
            raise ApiError(400, "guard.invalid_input", "The request body is invalid.")
        create = generic.handler("CreateCustomProfileField")
        created = []
        for item in body:
            request = Request("POST", _FIELDS, "", ctx.request.headers, dump_json(item))
            response = create(Context(request, {}, ctx.state))
            created.append(json.loads(response.body))
        return Response.json(created, 201)

    return handler


def _order_profile_fields(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        schema = generic.operation("UpdateCustomProfileFieldsSieOrder").request_schema or {}
        body = validate_body(ctx.request, generic.schemas.fields(schema) or {})
        fields = generic.items(_FIELDS)
        for item in body["order"]:
            if item["name"] in fields:
                fields[item["name"]]["sieOrder"] = item["sieOrder"]
        return Response.json(sorted(fields.values(), key=lambda f: f.get("sieOrder", 0)))

    return handler


def register(router: Router, generic: GenericApi) -> None:
    generic.on_create[_FIELDS] = _new_profile_field(generic)
    router.add(
        "POST",
        f"{_FIELDS}/batch",
        "CreateCustomProfileFieldsBatch",
        _create_profile_fields(generic),
    )
    router.add(
        "POST",
        f"{_FIELDS}/properties/sie-order",
        "UpdateCustomProfileFieldsSieOrder",
        _order_profile_fields(generic),
    )
