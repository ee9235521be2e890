"""``/api/sso-connector-providers``: the enterprise SSO connector factories Logto ships, recorded
from Logto master (``_model/sso_connector_providers.json``, in English: Logto translates names
and descriptions by ``Accept-Language``, the double does not)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from .._app.router import Router
from .._http import JSONType, Response
from .._model.context import Context
from .._model.generic import GenericApi


@cache
def _providers() -> bytes:
    data = resources.files("logto_management.testing._model")
    providers: JSONType = json.loads(data.joinpath("sso_connector_providers.json").read_text())
    return json.dumps(providers, separators=(",", ":"), ensure_ascii=False).encode()


def list_providers(_: Context) -> Response:
    return Response(200, _providers(), "application/json; charset=utf-8")


def register(router: Router, generic: GenericApi) -> None:
    router.add("GET", "/api/sso-connector-providers", "ListSsoConnectorProviders", list_providers)
