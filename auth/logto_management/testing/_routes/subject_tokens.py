"""``/api/subject-tokens``: a token that lets an application act as a user (impersonation through
token exchange); Logto answers ``sub_<id>``, valid 600 seconds. The double keeps them for tests
to read (``State.subject_tokens``); its own token endpoint does not exchange them."""

from __future__ import annotations

from .._app.router import Router
from .._http import ApiError, Response
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import obj, string, validate_body

SUBJECT_TOKEN_TTL = 600


def create_subject_token(ctx: Context) -> Response:
    body = validate_body(ctx.request, {"userId": string(required=True), "context": obj()})
    state = ctx.state
    if body["userId"] not in state.users:
        # the insert's foreign key fails; Logto answers it with 404 here
        raise ApiError(
            404,
            "entity.relation_foreign_key_not_found",
            "Cannot find one or more foreign keys. Please check the input and ensure that all "
            "referenced entities exist.",
        )
    token = f"sub_{state.new_id()}"
    state.subject_tokens[token] = {
        "userId": body["userId"],
        "context": body.get("context") or {},
        "expiresAt": state.now_ms() + SUBJECT_TOKEN_TTL * 1000,
    }
    return Response.json({"subjectToken": token, "expiresIn": SUBJECT_TOKEN_TTL}, 201)


def register(router: Router, generic: GenericApi) -> None:
    router.add("POST", "/api/subject-tokens", "CreateSubjectToken", create_subject_token)
