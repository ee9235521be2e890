"""``/api/dashboard``: user counts (nobody signs in to the double, so every active count is 0)."""

from __future__ import annotations

import datetime

from .._app.router import Router
from .._http import ApiError, Response
from .._model.context import Context
from .._model.generic import GenericApi

_DAY_MS = 86_400_000


def total_user_count(ctx: Context) -> Response:
    return Response.json({"totalUserCount": len(ctx.state.users)})


def new_user_counts(ctx: Context) -> Response:
    now = ctx.state.now_ms()
    created = [u.row["createdAt"] for u in ctx.state.users.values()]

    def window(days: int) -> dict[str, int]:
        count = sum(1 for c in created if now - days * _DAY_MS < c <= now)
        before = sum(1 for c in created if now - 2 * days * _DAY_MS < c <= now - days * _DAY_MS)
        return {"count": count, "delta": count - before}

    return Response.json({"today": window(1), "last7Days": window(7)})


def active_user_counts(ctx: Context) -> Response:
    """Nobody signs in to the double: every count is zero, on Logto's 30-day curve."""
    raw = ctx.request.query_value("date")
    try:
        end = datetime.date.fromisoformat(raw) if raw else _today(ctx)
    except ValueError:
        raise ApiError(400, "guard.invalid_input", "The request query is invalid.") from None
    curve = [
        {"date": (end - datetime.timedelta(days=29 - i)).isoformat(), "count": 0} for i in range(30)
    ]
    zero = {"count": 0, "delta": 0}
    return Response.json({"dauCurve": curve, "dau": zero, "wau": zero, "mau": zero})


def _today(ctx: Context) -> datetime.date:
    return datetime.datetime.fromtimestamp(ctx.state.now(), datetime.UTC).date()


def register(router: Router, generic: GenericApi) -> None:
    router.add("GET", "/api/dashboard/users/total", "GetTotalUserCount", total_user_count)
    router.add("GET", "/api/dashboard/users/new", "GetNewUserCounts", new_user_counts)
    router.add("GET", "/api/dashboard/users/active", "GetActiveUserCounts", active_user_counts)
