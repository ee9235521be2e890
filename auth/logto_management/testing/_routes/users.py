"""``/api/users``: users, their custom data, profile, password (and its expiry), suspension,
roles, organizations and personal access tokens; and what a Logto nobody signs in to answers
about their sign-ins (recorded from Logto 1.42).

The double issues tokens to machine-to-machine applications only: users have no sessions, no
grants and no MFA verifications, and social identities only where a test put them
(``identities`` of a user). These answers are the truth for the double, not placeholders.
"""

from __future__ import annotations

from collections.abc import Callable

from .._app.router import Handler, Router
from .._http import ApiError, JSONType, Response, invalid_input, not_found
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import Field, boolean, enum, obj, string, validate_body
from .._model.pagination import page, paged
from .._model.records import Password, UserRecord
from .._model.relations import require
from .._model.role_assignments import RoleAssignments
from .._model.search import USER_SEARCH_FIELDS, search_rows
from .._model.state import USER_PROFILE_KEYS, Row, State, newest_first

_USERNAME = r"^[A-Z_a-z]\w*$"
_EMAIL = r"^\S+@\S+\.\S+$"
_PHONE = r"^\d+$"
_ALGORITHMS = ("Argon2i", "Argon2id", "Argon2d", "SHA1", "SHA256", "MD5", "Bcrypt", "Legacy")
_ADDRESS = obj(
    {
        k: string()
        for k in ("formatted", "streetAddress", "locality", "region", "postalCode", "country")
    }
)
_PROFILE_FIELDS: dict[str, Field] = {
    k: (_ADDRESS if k == "address" else string()) for k in USER_PROFILE_KEYS
}
_CREATE = {
    "primaryPhone": string(pattern=_PHONE),
    "primaryEmail": string(pattern=_EMAIL),
    "username": string(pattern=_USERNAME),
    "password": string(min_length=1),
    "passwordDigest": string(),
    "passwordAlgorithm": enum(*_ALGORITHMS),
    "name": string(),
    "avatar": string(nullable=True),
    "customData": obj(),
    "profile": obj(_PROFILE_FIELDS),
}
_UPDATE = {
    "username": string(nullable=True, pattern=_USERNAME),
    "primaryEmail": string(nullable=True, pattern=_EMAIL),
    "primaryPhone": string(nullable=True, pattern=_PHONE),
    "name": string(nullable=True),
    "avatar": string(nullable=True),
    "customData": obj(),
    "profile": obj(_PROFILE_FIELDS),
}


def _user(state: State, user_id: str) -> UserRecord:
    return require(state.users, user_id)


_IDENTIFIER_ERRORS = {
    "username": ("user.username_already_in_use", "This username is already in use."),
    "primaryEmail": (
        "user.email_already_in_use",
        "This email is associated with an existing account.",
    ),
    "primaryPhone": (
        "user.phone_already_in_use",
        "This phone number is associated with an existing account.",
    ),
}


def _assert_unique(state: State, values: dict[str, JSONType], exclude: str | None = None) -> None:
    for field, (code, message) in _IDENTIFIER_ERRORS.items():
        owner = state.identifier_owner(field, values.get(field))
        if owner is not None and owner != exclude:
            raise ApiError(422, code, message)


def _profile(value: JSONType) -> Row:
    profile = value if isinstance(value, dict) else {}
    return {k: profile[k] for k in USER_PROFILE_KEYS if k in profile}


def _password(body: dict[str, JSONType]) -> Password | None:
    password, digest = body.get("password"), body.get("passwordDigest")
    if password and digest:
        raise ApiError(
            400,
            "user.password_and_digest",
            "You cannot set both plain text password and password digest.",
        )
    if digest:
        algorithm = body.get("passwordAlgorithm")
        if not algorithm:
            raise ApiError(
                400, "user.password_algorithm_required", "Password algorithm is required."
            )
        return Password(str(algorithm), str(digest))
    return Password.of(str(password)) if password else None


def list_users(ctx: Context) -> Response:
    selected = page(ctx)
    state, request = ctx.state, ctx.request
    exclude_role, exclude_org = (
        request.query_value("excludeRoleId"),
        request.query_value("excludeOrganizationId"),
    )
    if exclude_role and exclude_org:
        raise invalid_input(
            "Parameter `excludeRoleId` and `excludeOrganizationId` cannot be used at the same time."
        )
    users = newest_first(u.row for u in state.users.values())
    if exclude_role:
        users = [u for u in users if exclude_role not in state.user_roles.get(u["id"], [])]
    if exclude_org:
        members = set(state.organization_users.get(exclude_org, []))
        users = [u for u in users if u["id"] not in members]
    return paged(ctx, selected, search_rows(ctx, users, USER_SEARCH_FIELDS), _viewer(state))


def _viewer(state: State) -> Callable[[JSONType], JSONType]:
    return lambda row: state.user_view(state.users[row["id"]])


def create_user(ctx: Context) -> Response:
    state = ctx.state
    body = validate_body(ctx.request, _CREATE)
    _assert_unique(state, body)
    password = _password(body)
    now = state.now_ms()
    row: Row = {
        "id": state.new_id(12),
        "username": body.get("username"),
        "primaryEmail": body.get("primaryEmail"),
        "primaryPhone": body.get("primaryPhone"),
        "name": body.get("name"),
        "avatar": body.get("avatar"),
        "customData": body.get("customData") or {},
        "identities": {},
        "lastSignInAt": None,
        "createdAt": now,
        "updatedAt": now,
        "profile": _profile(body.get("profile")),
        "applicationId": None,
        "cimdClientId": None,
        "isSuspended": False,
    }
    user = UserRecord(row, password)
    state.put_user(user)
    return Response.json(state.user_view(user))


def get_user(ctx: Context) -> Response:
    return Response.json(ctx.state.user_view(_user(ctx.state, ctx.params["userId"])))


def update_user(ctx: Context) -> Response:
    state = ctx.state
    user = _user(state, ctx.params["userId"])
    body = validate_body(ctx.request, _UPDATE)
    _assert_unique(state, body, exclude=user.row["id"])
    state.unindex_user(user.row)
    for key, value in body.items():
        user.row[key] = _profile(value) if key == "profile" else value
    state.index_user(user.row)
    user.row["updatedAt"] = state.now_ms()
    return Response.json(state.user_view(user))


def delete_user(ctx: Context) -> Response:
    _user(ctx.state, ctx.params["userId"])
    ctx.state.delete_user(ctx.params["userId"])
    return Response.no_content()


def get_custom_data(ctx: Context) -> Response:
    return Response.json(_user(ctx.state, ctx.params["userId"]).row["customData"])


def update_custom_data(ctx: Context) -> Response:
    user = _user(ctx.state, ctx.params["userId"])
    body = validate_body(ctx.request, {"customData": obj(required=True)})
    user.row["customData"] = {**user.row["customData"], **body["customData"]}
    user.row["updatedAt"] = ctx.state.now_ms()
    return Response.json(user.row["customData"])


def update_profile(ctx: Context) -> Response:
    user = _user(ctx.state, ctx.params["userId"])
    body = validate_body(ctx.request, {"profile": obj(_PROFILE_FIELDS, required=True)})
    user.row["profile"] = _profile({**user.row["profile"], **body["profile"]})
    user.row["updatedAt"] = ctx.state.now_ms()
    return Response.json(user.row["profile"])


def update_is_suspended(ctx: Context) -> Response:
    user = _user(ctx.state, ctx.params["userId"])
    body = validate_body(ctx.request, {"isSuspended": boolean(required=True)})
    user.row["isSuspended"] = body["isSuspended"]
    user.row["updatedAt"] = ctx.state.now_ms()
    return Response.json(ctx.state.user_view(user))


def update_password(ctx: Context) -> Response:
    user = _user(ctx.state, ctx.params["userId"])
    body = validate_body(ctx.request, {"password": string(required=True, min_length=1)})
    user.password = Password.of(body["password"])
    user.row["updatedAt"] = ctx.state.now_ms()
    return Response.json(ctx.state.user_view(user))


def verify_password(ctx: Context) -> Response:
    user = _user(ctx.state, ctx.params["userId"])
    body = validate_body(ctx.request, {"password": string(required=True, min_length=1)})
    if user.password is None or not user.password.verify(body["password"]):
        raise ApiError(
            422,
            "session.invalid_credentials",
            "Incorrect account or password. Please check your input.",
        )
    return Response.no_content()


def has_password(ctx: Context) -> Response:
    user = _user(ctx.state, ctx.params["userId"])
    return Response.json({"hasPassword": user.password is not None})


def _expire_password(generic: GenericApi) -> Handler:
    """Only when the sign-in experience's password expiration is on (off on a fresh Logto)."""

    def handler(ctx: Context) -> Response:
        user = _user(ctx.state, ctx.params["userId"])
        body = validate_body(ctx.request, {"isExpired": boolean(required=True)})
        policy = generic.singleton(ctx, "GetSignInExp").get("passwordExpiration") or {}
        if body["isExpired"] and not (policy.get("enabled") and policy.get("validPeriodDays")):
            raise ApiError(
                400,
                "sign_in_experiences.password_expiration_not_enabled",
                "Password expiration policy is not enabled. Enable it in the sign-in experience "
                "settings before expiring passwords.",
            )
        user.password_expired = bool(body["isExpired"])
        user.row["updatedAt"] = ctx.state.now_ms()
        return Response.json(ctx.state.user_view(user))

    return handler


# --- roles ---------------------------------------------------------------------------------


def _user_roles(ctx: Context) -> tuple[State, list[str]]:
    state = ctx.state
    user_id = _user(state, ctx.params["userId"]).row["id"]
    return state, state.user_roles.setdefault(user_id, [])


USER_ROLES = RoleAssignments(
    _user_roles,
    "User",
    "user.invalid_role_type",
    "Invalid role type, can not assign machine-to-machine role to user.",
)


def list_user_organizations(ctx: Context) -> Response:
    state = ctx.state
    user_id = _user(state, ctx.params["userId"]).row["id"]
    rows = [
        {**org, "organizationRoles": state.member_roles(org["id"], user_id)}
        for org in state.organizations.values()
        if user_id in state.organization_users.get(org["id"], [])
    ]
    return Response.json(rows)


_TOKENS_OF_USER = "/api/users/{userId}/personal-access-tokens"


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


def list_sessions(_: Context) -> Response:
    return Response.json({"sessions": []})  # Logto does not check the user here


def list_grants(_: Context) -> Response:
    return Response.json({"grants": []})  # nor here


def delete_grant(_: Context) -> Response:
    """Nobody signs in, so there is no grant to revoke (Logto does not check the user here)."""
    raise ApiError(404, "oidc.invalid_grant", "Grant request is invalid.")


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


def register(router: Router, generic: GenericApi) -> None:
    u = "/api/users/{userId}"
    router.add("GET", "/api/users", "ListUsers", list_users)
    router.add("POST", "/api/users", "CreateUser", create_user)
    router.add("GET", u, "GetUser", get_user)
    router.add("PATCH", u, "UpdateUser", update_user)
    router.add("DELETE", u, "DeleteUser", delete_user)
    router.add("GET", f"{u}/custom-data", "ListUserCustomData", get_custom_data)
    router.add("PATCH", f"{u}/custom-data", "UpdateUserCustomData", update_custom_data)
    router.add("PATCH", f"{u}/profile", "UpdateUserProfile", update_profile)
    router.add("PATCH", f"{u}/is-suspended", "UpdateUserIsSuspended", update_is_suspended)
    router.add("PATCH", f"{u}/password", "UpdateUserPassword", update_password)
    router.add("POST", f"{u}/password/verify", "VerifyUserPassword", verify_password)
    router.add("GET", f"{u}/has-password", "GetUserHasPassword", has_password)
    router.add("GET", f"{u}/roles", "ListUserRoles", USER_ROLES.list)
    router.add("POST", f"{u}/roles", "AssignUserRoles", USER_ROLES.assign)
    router.add("PUT", f"{u}/roles", "ReplaceUserRoles", USER_ROLES.replace)
    router.add("DELETE", f"{u}/roles/{{roleId}}", "DeleteUserRole", USER_ROLES.remove)
    router.add("GET", f"{u}/organizations", "ListUserOrganizations", list_user_organizations)
    router.add(
        "PATCH", _TOKENS_OF_USER, "UpdatePersonalAccessTokenName", _rename_user_token(generic)
    )
    router.add(
        "POST",
        f"{_TOKENS_OF_USER}/delete",
        "DeletePersonalAccessTokenPost",
        _delete_user_token(generic),
    )
    router.add("GET", f"{u}/sessions", "ListUserSessions", list_sessions)
    router.add("GET", f"{u}/grants", "ListUserGrants", list_grants)
    router.add("GET", f"{u}/mfa-verifications", "ListUserMfaVerifications", list_mfa_verifications)
    router.add("GET", f"{u}/all-identities", "ListUserAllIdentities", list_all_identities)
    router.add(
        "PATCH",
        f"{u}/password/expiration",
        "UpdateUserPasswordExpiration",
        _expire_password(generic),
    )
    router.add("DELETE", f"{u}/grants/{{grantId}}", "DeleteUserGrant", delete_grant)
