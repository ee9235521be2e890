"""``/api/cimd/user-consent-scopes``: the tenant-wide ceiling of what clients known by a Client
ID Metadata Document may ask users to consent to; the same lists and checks as a third-party
application's consent scopes (``applications/consent.py``), owned by the tenant."""

from __future__ import annotations

from .._app.router import Handler, Router
from .._http import Response
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import validate_body
from .applications.consent import add_scopes, remove_scope, scopes_view

CIMD = "cimd"
"""The owner of the tenant-wide lists (no application id looks like it: those are 21 long)."""
_PATH = "/api/cimd/user-consent-scopes"


def list_scopes(ctx: Context) -> Response:
    return Response.json(scopes_view(ctx.state, CIMD))


def _assign_scopes(generic: GenericApi) -> Handler:
    fields = generic.body_fields("AssignCimdUserConsentScopes")

    def handler(ctx: Context) -> Response:
        add_scopes(ctx.state, CIMD, validate_body(ctx.request, fields))
        return Response.created_without_body()

    return handler


def delete_scope(ctx: Context) -> Response:
    remove_scope(ctx, CIMD)
    return Response.no_content()


def register(router: Router, generic: GenericApi) -> None:
    router.add("GET", _PATH, "ListCimdUserConsentScopes", list_scopes)
    router.add("POST", _PATH, "AssignCimdUserConsentScopes", _assign_scopes(generic))
    router.add(
        "DELETE", f"{_PATH}/{{scopeType}}/{{scopeId}}", "DeleteCimdUserConsentScope", delete_scope
    )
