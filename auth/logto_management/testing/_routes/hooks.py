"""``/api/hooks``: what Logto adds to a new hook, signing key rotation and recent logs, on top of
the generic store's collection (as recorded from Logto 1.42)."""

from __future__ import annotations

from .._app.router import Handler, Router
from .._http import ApiError, Response
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.pagination import page, paged
from .._model.state import Row

_HOOKS = "/api/hooks"


def _new_hook(ctx: Context, row: Row) -> Row:
    if not row.get("events") and not row.get("event"):
        raise ApiError(400, "hook.missing_events", "You need to provide at least one event.")
    return {"event": None, "signingKey": ctx.state.new_secret(), "enabled": True, **row}


def _hook_signing_key(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        hook = generic.items(_HOOKS).get(ctx.params["id"])
        if hook is None:
            raise ApiError(404, "entity.not_exists", "The hook does not exist.")
        hook["signingKey"] = ctx.state.new_secret()
        return Response.json(hook)

    return handler


def hook_recent_logs(ctx: Context) -> Response:
    """The double never calls a hook, so there are no logs (Logto does not check the id)."""
    return paged(ctx, page(ctx), [])


def register(router: Router, generic: GenericApi) -> None:
    generic.on_create[_HOOKS] = _new_hook
    router.add(
        "PATCH", f"{_HOOKS}/{{id}}/signing-key", "UpdateHookSigningKey", _hook_signing_key(generic)
    )
    router.add("GET", f"{_HOOKS}/{{id}}/recent-logs", "ListHookRecentLogs", hook_recent_logs)
