"""``/api/authn/hasura``: Hasura's authentication webhook, answered from the caller's bearer token
(no Management API token needed) as Logto answers it: the token's subject and the role Hasura
expects, when the subject (a user) has a role of that name. The double's tokens belong to
machine-to-machine applications, which hold no user roles.

The SAML assertion endpoints of this tag (``/authn/saml``, ``/authn/single-sign-on/saml``) need
an outside identity provider and stay ``501``.
"""

from __future__ import annotations

from .._app.router import Router
from .._http import ApiError, JSONType, Response
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import string, validate_query


def hasura(ctx: Context) -> Response:
    query = validate_query(
        ctx.request, {"resource": string(required=True, min_length=1), "unauthorizedRole": string()}
    )
    expected = ctx.request.headers.get("expected-role")
    authorization = ctx.request.headers.get("authorization")
    verify = ctx.token_subject
    subject = verify(authorization, str(query["resource"])) if verify else None
    state = ctx.state
    role_ids = state.user_roles.get(subject, []) if subject in state.users else []
    role_names = {state.roles[r]["name"] for r in role_ids if r in state.roles}
    body: dict[str, JSONType]
    unauthorized = query.get("unauthorizedRole")
    if unauthorized and (not expected or expected not in role_names):
        if subject is None and verify is not None:
            subject = verify(authorization, None)  # perhaps only the resource differs
        body = {"X-Hasura-User-Id": subject, "X-Hasura-Role": unauthorized}
    else:
        if expected and expected not in role_names:
            raise ApiError(
                401,
                "auth.expected_role_not_found",
                "Expected role not found. Please check your user roles and permissions.",
            )
        body = {"X-Hasura-User-Id": subject, "X-Hasura-Role": expected}
    return Response.json({k: v for k, v in body.items() if v is not None})


def register(router: Router, generic: GenericApi) -> None:
    router.add("GET", "/api/authn/hasura", "GetHasuraAuth", hasura)
