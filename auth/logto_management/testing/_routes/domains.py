"""``/api/domains/cleanup``: deleting stale custom domains asks the hostname provider (Cloudflare,
Logto Cloud only); the double answers what Logto OSS answers. The domains themselves are the
generic store's collection."""

from __future__ import annotations

from .._app.router import Router
from .._http import ApiError, Response
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import number, validate_body


def cleanup_domains(ctx: Context) -> Response:
    validate_body(ctx.request, {"staleDays": number(required=True)})
    raise ApiError(400, "domain.not_configured", "Domain hostname provider is not configured.")


def register(router: Router, generic: GenericApi) -> None:
    router.add("POST", "/api/domains/cleanup", "CleanupDomains", cleanup_domains)
