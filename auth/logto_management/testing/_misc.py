"""Operations simulated by hand on top of the state and the generic store: application custom
data, the dashboard, the default API resource, hooks' signing keys and recent logs, and
one-time tokens (as recorded from Logto 1.42)."""

from __future__ import annotations

import datetime

from ._common import Row, page, paged, require_by_id
from ._generic import GenericApi
from ._guard import boolean, enum, parse_json_body, string, validate_body
from ._http import ApiError, Context, Handler, Response, Router

_DAY_MS = 86_400_000
_HOOKS = "/api/hooks"
_TOKENS = "/api/one-time-tokens"
_TOKEN_STATUSES = ("active", "consumed", "revoked", "expired")
_DEFAULT_TOKEN_TTL = 600


def update_application_custom_data(ctx: Context) -> Response:
    """The body is the custom data to merge (any keys), answered merged."""
    app = require_by_id(ctx.state.applications, "applications", ctx.params["applicationId"])
    given = parse_json_body(ctx.request)
    if not isinstance(given, dict):
        validate_body(ctx.request, {})  # Logto's 400 for a body that is not an object
        given = {}
    app.row["customData"] = {**app.row["customData"], **given}
    return Response.json(app.row["customData"])


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


def update_resource_is_default(ctx: Context) -> Response:
    state = ctx.state
    resource = state.resources.get(ctx.params["id"])
    if resource is None:
        raise ApiError(404, "entity.not_exists", "The resource does not exist.")
    body = validate_body(ctx.request, {"isDefault": boolean(required=True)})
    if body["isDefault"]:
        for other in state.resources.values():
            other["isDefault"] = False
    resource["isDefault"] = body["isDefault"]
    return Response.json(dict(resource))


# --- hooks ---------------------------------------------------------------------------------


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


# --- one-time tokens -----------------------------------------------------------------------


def _new_token(ctx: Context, row: Row) -> Row:
    ttl = row.pop("expiresIn", None) or _DEFAULT_TOKEN_TTL
    return {
        "token": ctx.state.new_secret(),
        "context": {},
        "status": "active",
        "expiresAt": row["createdAt"] + int(ttl) * 1000,
        **row,
    }


def _verify_token(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        body = validate_body(
            ctx.request,
            {
                "token": string(required=True, min_length=1),
                "email": string(required=True, min_length=1),
            },
        )
        found = [t for t in generic.items(_TOKENS).values() if t["token"] == body["token"]]
        if not found:
            raise ApiError(
                404, "one_time_token.token_not_found", f"Token {body['token']} not found."
            )
        token = found[0]
        if token["email"].lower() != body["email"].lower():
            raise ApiError(400, "one_time_token.email_mismatch", "Email mismatch with given token.")
        if token["status"] == "active" and token["expiresAt"] <= ctx.state.now_ms():
            token["status"] = "expired"
        if token["status"] != "active":
            status = token["status"]
            raise ApiError(400, f"one_time_token.token_{status}", f"The token has been {status}.")
        token["status"] = "consumed"
        return Response.json(token)

    return handler


def _token_status(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        token = require_by_id(generic.items(_TOKENS), "one_time_tokens", ctx.params["id"])
        body = validate_body(ctx.request, {"status": enum(*_TOKEN_STATUSES, required=True)})
        token["status"] = body["status"]
        return Response.json(token)

    return handler


def register(router: Router, generic: GenericApi) -> None:
    router.add(
        "PATCH",
        "/api/applications/{applicationId}/custom-data",
        "UpdateApplicationCustomData",
        update_application_custom_data,
    )
    router.add("GET", "/api/dashboard/users/total", "GetTotalUserCount", total_user_count)
    router.add("GET", "/api/dashboard/users/new", "GetNewUserCounts", new_user_counts)
    router.add("GET", "/api/dashboard/users/active", "GetActiveUserCounts", active_user_counts)
    router.add(
        "PATCH",
        "/api/resources/{id}/is-default",
        "UpdateResourceIsDefault",
        update_resource_is_default,
    )
    generic.on_create[_HOOKS] = _new_hook
    router.add(
        "PATCH", f"{_HOOKS}/{{id}}/signing-key", "UpdateHookSigningKey", _hook_signing_key(generic)
    )
    router.add("GET", f"{_HOOKS}/{{id}}/recent-logs", "ListHookRecentLogs", hook_recent_logs)
    generic.on_create[_TOKENS] = _new_token
    router.add("POST", f"{_TOKENS}/verify", "VerifyOneTimeToken", _verify_token(generic))
    router.add(
        "PUT", f"{_TOKENS}/{{id}}/status", "ReplaceOneTimeTokenStatus", _token_status(generic)
    )
