"""``/api/systems/application``: the protected app (Cloudflare workers) settings, a Logto Cloud
feature; the double answers what Logto OSS answers."""

from __future__ import annotations

from .._app.router import Router
from .._http import Response
from .._model.context import Context
from .._model.generic import GenericApi
from .applications import protected_app_not_configured


def application_config(_: Context) -> Response:
    raise protected_app_not_configured()


def register(router: Router, generic: GenericApi) -> None:
    router.add("GET", "/api/systems/application", "GetSystemApplicationConfig", application_config)
