"""``/api/status``: the health check (no authentication)."""

from __future__ import annotations

from .._app.router import Router
from .._http import Response
from .._model.context import Context
from .._model.generic import GenericApi


def status(_: Context) -> Response:
    return Response.no_content()


def register(router: Router, generic: GenericApi) -> None:
    router.add("GET", "/api/status", "GetStatus", status)
