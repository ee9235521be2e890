"""What a Logto nobody signs in to answers about sign-ins (recorded from Logto 1.42).

The double issues tokens to machine-to-machine applications only: users have no sessions, no
grants and no MFA verifications, and social identities only where a test put them
(``identities`` of a user). These answers are the truth for the double, not placeholders.
"""

from __future__ import annotations

from .._app.router import Router
from .._http import Response, invalid_input
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.relations import require


def list_sessions(_: Context) -> Response:
    return Response.json({"sessions": []})  # Logto does not check the user here


def list_grants(_: Context) -> Response:
    return Response.json({"grants": []})  # nor here


def list_mfa_verifications(ctx: Context) -> Response:
    require(ctx.state.users, ctx.params["userId"])
    return Response.json([])


def list_all_identities(ctx: Context) -> Response:
    user = require(ctx.state.users, ctx.params["userId"])
    social = [
        {"target": target, "identity": identity}
        for target, identity in (user.row.get("identities") or {}).items()
    ]
    return Response.json({"socialIdentities": social, "ssoIdentities": []})


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


def user_asset_status(_: Context) -> Response:
    """No storage provider is configured, as on a fresh Logto OSS."""
    return Response.json({"status": "not_configured", "isExperienceAvatarUploadEnabled": True})


def register(router: Router, generic: GenericApi) -> None:
    u = "/api/users/{userId}"
    router.add("GET", f"{u}/sessions", "ListUserSessions", list_sessions)
    router.add("GET", f"{u}/grants", "ListUserGrants", list_grants)
    router.add("GET", f"{u}/mfa-verifications", "ListUserMfaVerifications", list_mfa_verifications)
    router.add("GET", f"{u}/all-identities", "ListUserAllIdentities", list_all_identities)
    router.add(
        "GET",
        "/api/sign-in-exp/username-policy/case-sensitivity-conflicts",
        "GetUsernameCaseSensitivityConflicts",
        username_conflicts,
    )
    router.add(
        "GET", "/api/user-assets/service-status", "GetUserAssetServiceStatus", user_asset_status
    )
