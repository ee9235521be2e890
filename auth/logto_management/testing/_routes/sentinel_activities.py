"""``/api/sentinel-activities``: the sentinel counts failed sign-in attempts; nobody signs in to
the double, so deleting a target's activities always finds none (Logto answers 204 anyway)."""

from __future__ import annotations

from .._app.router import Router
from .._http import Response
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import array, enum, string, validate_body


def delete_activities(ctx: Context) -> Response:
    validate_body(
        ctx.request,
        {
            "targetType": enum("User", "App", required=True),
            "targets": array(string(), required=True),
        },
    )
    return Response.no_content()


def register(router: Router, generic: GenericApi) -> None:
    router.add(
        "POST", "/api/sentinel-activities/delete", "DeleteSentinelActivities", delete_activities
    )
