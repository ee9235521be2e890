"""``/api/sign-in-exp``: the usernames that would clash under a case-insensitive policy (the
settings themselves are the generic store's singleton; checking a password against the policy
asks an outside service whether it was pwned, and uploading custom UI assets needs a storage
provider: both stay ``501``)."""

from __future__ import annotations

from .._app.router import Router
from .._http import Response, invalid_input
from .._model.context import Context
from .._model.generic import GenericApi


def username_conflicts(ctx: Context) -> Response:
    raw = ctx.request.query_value("limit")
    try:
        limit = int(raw) if raw else 10
    except ValueError:
        raise invalid_input("`limit` must be a number.") from None
    groups: dict[str, list[str]] = {}
    for user in ctx.state.users.values():
        username = user.row.get("username")
        if username:
            groups.setdefault(str(username).lower(), []).append(user.row["id"])
    conflicts = [
        {"usernameLower": name, "userIds": ids} for name, ids in groups.items() if len(ids) > 1
    ]
    return Response.json({"totalConflicts": len(conflicts), "samples": conflicts[:limit]})


def register(router: Router, generic: GenericApi) -> None:
    router.add(
        "GET",
        "/api/sign-in-exp/username-policy/case-sensitivity-conflicts",
        "GetUsernameCaseSensitivityConflicts",
        username_conflicts,
    )
