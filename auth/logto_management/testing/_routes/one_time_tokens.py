"""``/api/one-time-tokens``: verification and status of one-time tokens (the collection itself is
the generic store's)."""

from __future__ import annotations

from .._app.router import Handler, Router
from .._http import ApiError, Response
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import enum, string, validate_body
from .._model.relations import require_by_id
from .._model.state import Row

_TOKENS = "/api/one-time-tokens"

_TOKEN_STATUSES = ("active", "consumed", "revoked", "expired")

_DEFAULT_TOKEN_TTL = 600


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
    generic.on_create[_TOKENS] = _new_token
    router.add("POST", f"{_TOKENS}/verify", "VerifyOneTimeToken", _verify_token(generic))
    router.add(
        "PUT", f"{_TOKENS}/{{id}}/status", "ReplaceOneTimeTokenStatus", _token_status(generic)
    )
