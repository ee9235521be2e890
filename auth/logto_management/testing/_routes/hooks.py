"""Operations simulated by hand on top of the state and the generic store: application custom
data, the dashboard, the default API resource, hooks' signing keys and recent logs, and
one-time tokens (as recorded from Logto 1.42)."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable

from .._app.router import Handler, Router
from .._http import ApiError, Request, Response, dump_json, not_found
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import boolean, enum, parse_json_body, string, validate_body
from .._model.pagination import page, paged
from .._model.relations import require_by_id
from .._model.state import Row

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
    register_more(router, generic)


# --- email templates -----------------------------------------------------------------------

_TEMPLATES = "/api/email-templates"


def _template_filter(ctx: Context) -> Callable[[Row], bool]:
    language = ctx.request.query_value("languageTag")
    kind = ctx.request.query_value("templateType")
    return lambda row: (
        language in (None, row["languageTag"])
        and kind
        in (
            None,
            row["templateType"],
        )
    )


def _list_templates(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        wanted = _template_filter(ctx)
        return Response.json([t for t in generic.items(_TEMPLATES).values() if wanted(t)])

    return handler


def _replace_templates(generic: GenericApi) -> Handler:
    """Upsert by language and template type; answers the templates written."""

    def handler(ctx: Context) -> Response:
        schema = generic.operation("ReplaceEmailTemplates").request_schema or {}
        fields = generic.schemas.fields(schema) or {}
        body = validate_body(ctx.request, fields)
        store = generic.items(_TEMPLATES)
        written = []
        for item in body["templates"]:
            found = [
                t
                for t in store.values()
                if (t["languageTag"], t["templateType"])
                == (item["languageTag"], item["templateType"])
            ]
            if found:
                found[0]["details"] = item["details"]
                written.append(found[0])
                continue
            row: Row = {
                "tenantId": ctx.state.tenant_id,
                "id": ctx.state.new_id(),
                **item,
                "createdAt": ctx.state.now_ms(),
            }
            store[row["id"]] = row
            written.append(row)
        return Response.json(written)

    return handler


def _delete_templates(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        wanted = _template_filter(ctx)
        store = generic.items(_TEMPLATES)
        doomed = [key for key, row in store.items() if wanted(row)]
        for key in doomed:
            del store[key]
        return Response.json({"rowCount": len(doomed)})

    return handler


def _update_template_details(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        template = require_by_id(generic.items(_TEMPLATES), "email_templates", ctx.params["id"])
        schema = generic.operation("UpdateEmailTemplateDetails").request_schema or {}
        body = validate_body(ctx.request, generic.schemas.fields(schema) or {})
        template["details"] = {**template["details"], **body}
        return Response.json(template)

    return handler


# --- custom profile fields, personal access tokens -----------------------------------------

_FIELDS = "/api/custom-profile-fields"
_TOKENS_OF_USER = "/api/users/{userId}/personal-access-tokens"


def _new_profile_field(generic: GenericApi) -> Callable[[Context, Row], Row]:
    def on_create(ctx: Context, row: Row) -> Row:
        orders = [f.get("sieOrder", 0) for f in generic.items(_FIELDS).values()]
        defaults: Row = {"description": None, "config": {}, "sieOrder": max(orders, default=0) + 1}
        return {**defaults, **row}

    return on_create


def _create_profile_fields(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        body = parse_json_body(ctx.request)
        if not isinstance(body, list):
            raise ApiError(400, "guard.invalid_input", "The request body is invalid.")
        create = generic.handler("CreateCustomProfileField")
        created = []
        for item in body:
            request = Request("POST", _FIELDS, "", ctx.request.headers, dump_json(item))
            response = create(Context(request, {}, ctx.state))
            created.append(json.loads(response.body))
        return Response.json(created, 201)

    return handler


def _order_profile_fields(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        schema = generic.operation("UpdateCustomProfileFieldsSieOrder").request_schema or {}
        body = validate_body(ctx.request, generic.schemas.fields(schema) or {})
        fields = generic.items(_FIELDS)
        for item in body["order"]:
            if item["name"] in fields:
                fields[item["name"]]["sieOrder"] = item["sieOrder"]
        return Response.json(sorted(fields.values(), key=lambda f: f.get("sieOrder", 0)))

    return handler


def _user_tokens(ctx: Context, generic: GenericApi) -> dict[str, Row]:
    user = ctx.state.users.get(ctx.params["userId"])
    if user is None:
        raise not_found()
    return generic.items(_TOKENS_OF_USER, (user.row["id"],))


def _rename_user_token(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        tokens = _user_tokens(ctx, generic)
        body = validate_body(
            ctx.request,
            {"currentName": string(), "name": string(required=True, min_length=1)},
        )
        current = body.get("currentName")
        if current not in tokens:
            raise ApiError(404, "entity.not_exists", "The personal_access_token does not exist.")
        if body["name"] in tokens and body["name"] != current:
            raise ApiError(
                422,
                "entity.unique_integrity_violation",
                "The entity already exists. Please check the input and try again.",
            )
        token = tokens.pop(current)
        token["name"] = body["name"]
        tokens[body["name"]] = token
        return Response.json(token)

    return handler


def _delete_user_token(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        tokens = _user_tokens(ctx, generic)
        body = validate_body(ctx.request, {"name": string(required=True, min_length=1)})
        if tokens.pop(body["name"], None) is None:
            raise not_found()
        return Response.no_content()

    return handler


def register_more(router: Router, generic: GenericApi) -> None:
    router.add("GET", _TEMPLATES, "ListEmailTemplates", _list_templates(generic))
    router.add("PUT", _TEMPLATES, "ReplaceEmailTemplates", _replace_templates(generic))
    router.add("DELETE", _TEMPLATES, "DeleteEmailTemplates", _delete_templates(generic))
    router.add(
        "PATCH",
        f"{_TEMPLATES}/{{id}}/details",
        "UpdateEmailTemplateDetails",
        _update_template_details(generic),
    )
    generic.on_create[_FIELDS] = _new_profile_field(generic)
    router.add(
        "POST",
        f"{_FIELDS}/batch",
        "CreateCustomProfileFieldsBatch",
        _create_profile_fields(generic),
    )
    router.add(
        "POST",
        f"{_FIELDS}/properties/sie-order",
        "UpdateCustomProfileFieldsSieOrder",
        _order_profile_fields(generic),
    )
    router.add(
        "PATCH", _TOKENS_OF_USER, "UpdatePersonalAccessTokenName", _rename_user_token(generic)
    )
    router.add(
        "POST",
        f"{_TOKENS_OF_USER}/delete",
        "DeletePersonalAccessTokenPost",
        _delete_user_token(generic),
    )
