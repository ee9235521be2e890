"""``/api/secrets/{id}``: the secret vault holds the tokens of social and enterprise sign-ins;
nobody signs in to the double, so there is never one to delete."""

from __future__ import annotations

from .._app.router import Router
from .._http import Response, not_found
from .._model.context import Context
from .._model.generic import GenericApi


def delete_secret(_: Context) -> Response:
    raise not_found()


def register(router: Router, generic: GenericApi) -> None:
    router.add("DELETE", "/api/secrets/{id}", "DeleteSecret", delete_secret)
