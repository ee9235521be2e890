"""``/api/email-templates``: templates by language and type (upserts and filtered deletes)."""

from __future__ import annotations

from collections.abc import Callable

from .._app.router import Handler, Router
from .._http import Response
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import validate_body
from .._model.relations import require_by_id
from .._model.state import Row

_TEMPLATES = "/api/email-templates"


def _template_filter(ctx: Context) -> Callable[[Row], bool]:
    language = ctx.request.query_value("languageTag")
    kind = ctx.request.query_value("templateType")
    return lambda row: (
        language in (None, row["languageTag"])
        and kind
        in (
            None,
            row["templateType"],
        )
    )


def _list_templates(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        wanted = _template_filter(ctx)
        return Response.json([t for t in generic.items(_TEMPLATES).values() if wanted(t)])

    return handler


def _replace_templates(generic: GenericApi) -> Handler:
    """Upsert by language and template type; answers the templates written."""

    def handler(ctx: Context) -> Response:
        schema = generic.operation("ReplaceEmailTemplates").request_schema or {}
        fields = generic.schemas.fields(schema) or {}
        body = validate_body(ctx.request, fields)
        store = generic.items(_TEMPLATES)
        written = []
        for item in body["templates"]:
            found = [
                t
                for t in store.values()
                if (t["languageTag"], t["templateType"])
                == (item["languageTag"], item["templateType"])
            ]
            if found:
                found[0]["details"] = item["details"]
                written.append(found[0])
                continue
            row: Row = {
                "tenantId": ctx.state.tenant_id,
                "id": ctx.state.new_id(),
                **item,
                "createdAt": ctx.state.now_ms(),
            }
            store[row["id"]] = row
            written.append(row)
        return Response.json(written)

    return handler


def _delete_templates(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        wanted = _template_filter(ctx)
        store = generic.items(_TEMPLATES)
        doomed = [key for key, row in store.items() if wanted(row)]
        for key in doomed:
            del store[key]
        return Response.json({"rowCount": len(doomed)})

    return handler


def _update_template_details(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        template = require_by_id(generic.items(_TEMPLATES), "email_templates", ctx.params["id"])
        schema = generic.operation("UpdateEmailTemplateDetails").request_schema or {}
        body = validate_body(ctx.request, generic.schemas.fields(schema) or {})
        template["details"] = {**template["details"], **body}
        return Response.json(template)

    return handler


def register(router: Router, generic: GenericApi) -> None:
    router.add("GET", _TEMPLATES, "ListEmailTemplates", _list_templates(generic))
    router.add("PUT", _TEMPLATES, "ReplaceEmailTemplates", _replace_templates(generic))
    router.add("DELETE", _TEMPLATES, "DeleteEmailTemplates", _delete_templates(generic))
    router.add(
        "PATCH",
        f"{_TEMPLATES}/{{id}}/details",
        "UpdateEmailTemplateDetails",
        _update_template_details(generic),
    )
