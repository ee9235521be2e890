"""``/api/logs``: the audit log (token exchanges: nobody signs in to the double)."""

from __future__ import annotations

from .._app.router import Router
from .._http import Response, invalid_input
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.pagination import page, paginated_response
from .._model.relations import require_by_id
from .._model.search import is_true
from .._model.state import newest_first

LOG_COUNT_CAP = 10_000
"""Logto's ``enableCap=true`` stops counting here and reports ``10001``."""


def _bound(ctx: Context, name: str) -> int | None:
    raw = ctx.request.query_value(name)
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise invalid_input(f"`{name}` must be a unix timestamp in milliseconds.") from None


def list_logs(ctx: Context) -> Response:
    selected = page(ctx)
    request = ctx.request
    user_id = request.query_value("userId")
    app_id = request.query_value("applicationId")
    key = request.query_value("logKey")
    start, end = _bound(ctx, "start_time"), _bound(ctx, "end_time")
    rows = []
    for log in newest_first(ctx.state.logs.values()):
        payload = log["payload"]
        if user_id and payload.get("userId") != user_id:
            continue
        if app_id and payload.get("applicationId") != app_id:
            continue
        if key and log["key"] != key:
            continue
        if start is not None and log["createdAt"] <= start:
            continue
        if end is not None and log["createdAt"] >= end:
            continue
        rows.append(log)
    cap = ctx.total_number_cap
    if is_true(request.query_value("enableCap")):
        cap = LOG_COUNT_CAP if cap is None else min(cap, LOG_COUNT_CAP)
    return paginated_response(request, selected, rows, cap=cap)


def get_log(ctx: Context) -> Response:
    return Response.json(require_by_id(ctx.state.logs, "logs", ctx.params["id"]))


def register(router: Router, generic: GenericApi) -> None:
    router.add("GET", "/api/logs", "ListLogs", list_logs)
    router.add("GET", "/api/logs/{id}", "GetLog", get_log)
