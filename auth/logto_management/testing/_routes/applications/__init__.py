"""``/api/applications``: applications, their secrets, (machine-to-machine) roles, custom data
and organizations; what Logto OSS answers about protected apps (a Cloud feature). The user
consent of third-party applications is ``consent.py``.

A new application that can hold secrets gets a ``Default secret``, as Logto 1.42 does; the
secret is not in the create response (recorded) but ``GET /applications/{id}/secrets`` lists
it, and a machine-to-machine app can use it at the token endpoint once it has a role.
"""

from __future__ import annotations

from ..._app.router import Router
from ..._http import ApiError, Response, invalid_input, not_found
from ..._model.context import Context
from ..._model.generic import GenericApi
from ..._model.guards import (
    boolean,
    enum,
    number,
    obj,
    parse_json_body,
    string,
    string_ids,
    validate_body,
)
from ..._model.pagination import page, paged
from ..._model.records import ApplicationRecord
from ..._model.relations import require_by_id
from ..._model.role_assignments import RoleAssignments
from ..._model.search import APPLICATION_SEARCH_FIELDS, is_true, search_rows
from ..._model.state import Row, State, newest_first
from . import consent

APP_TYPES = ("Native", "SPA", "Traditional", "MachineToMachine", "Protected", "SAML")
_SUPPORTED_TYPES = ("Native", "SPA", "Traditional", "MachineToMachine")
_OIDC_METADATA = obj(
    {
        "redirectUris": string_ids(required=False),
        "postLogoutRedirectUris": string_ids(required=False),
        "backchannelLogoutUri": string(),
        "backchannelLogoutSessionRequired": boolean(),
        "logoUri": string(),
    }
)


def _app(ctx: Context, key: str = "id") -> ApplicationRecord:
    return require_by_id(ctx.state.applications, "applications", ctx.params[key])


def _invalid_type() -> ApiError:
    return ApiError(
        422,
        "application.invalid_type",
        "Only machine to machine applications can have associated roles.",
    )


def list_applications(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    state, request = ctx.state, ctx.request
    types = [t for value in request.query_values("types") for t in value.split(",") if t]
    for app_type in types:
        if app_type not in APP_TYPES:
            raise ApiError(
                400,
                "guard.invalid_input",
                "The request query is invalid.",
                details=f'Error in key path "types": (invalid_enum_value) {app_type}',
            )
    exclude_role, exclude_org = (
        request.query_value("excludeRoleId"),
        request.query_value("excludeOrganizationId"),
    )
    if exclude_role and exclude_org:
        raise invalid_input(
            "Parameter `excludeRoleId` and `excludeOrganizationId` cannot be used at the same time."
        )
    third_party = request.query_value("isThirdParty")
    rows = []
    for app in state.applications.values():
        row = app.row
        if types and row["type"] not in types:
            continue
        if third_party is not None and row["isThirdParty"] != is_true(third_party):
            continue
        if exclude_role and exclude_role in state.application_roles.get(row["id"], []):
            continue
        rows.append(dict(row))
    return paged(ctx, selected, search_rows(ctx, newest_first(rows), APPLICATION_SEARCH_FIELDS))


def create_application(ctx: Context) -> Response:
    state = ctx.state
    body = validate_body(
        ctx.request,
        {
            "name": string(required=True, min_length=1),
            "description": string(nullable=True),
            "type": enum(*APP_TYPES, required=True),
            "oidcClientMetadata": _OIDC_METADATA,
            "customClientMetadata": obj(),
            "customData": obj(),
            "isThirdParty": boolean(),
            "protectedAppMetadata": obj(),
        },
    )
    if body["type"] not in _SUPPORTED_TYPES:
        raise invalid_input(f"The Logto test double does not support {body['type']} applications.")
    record = state.add_application(
        body["name"],
        body["type"],
        description=body.get("description"),
        custom_data=body.get("customData"),
        is_third_party=body.get("isThirdParty", False),
        oidc_client_metadata=body.get("oidcClientMetadata"),
        custom_client_metadata=body.get("customClientMetadata"),
    )
    return Response.json(dict(record.row))


def get_application(ctx: Context) -> Response:
    return Response.json({**_app(ctx).row, "isAdmin": False})


def update_application(ctx: Context) -> Response:
    app = _app(ctx)
    body = validate_body(
        ctx.request,
        {
            "name": string(min_length=1),
            "description": string(nullable=True),
            "oidcClientMetadata": _OIDC_METADATA,
            "customClientMetadata": obj(),
            "customData": obj(),
            "appLevelAccessControlEnabled": boolean(),
            "isAdmin": boolean(),
        },
    )
    body.pop("isAdmin", None)
    if "oidcClientMetadata" in body:
        body["oidcClientMetadata"] = {**app.row["oidcClientMetadata"], **body["oidcClientMetadata"]}
    app.row.update(body)
    return Response.json(dict(app.row))


def delete_application(ctx: Context) -> Response:
    ctx.state.delete_application(_app(ctx).row["id"])
    return Response.no_content()


# --- roles ---------------------------------------------------------------------------------


def _m2m_roles(ctx: Context) -> tuple[State, list[str]]:
    state, app = ctx.state, _app(ctx, "applicationId")
    if app.row["type"] != "MachineToMachine":
        raise _invalid_type()
    return state, state.application_roles.setdefault(app.row["id"], [])


APPLICATION_ROLES = RoleAssignments(
    _m2m_roles,
    "MachineToMachine",
    "application.invalid_role_type",
    "Can not assign user type role to machine to machine application.",
)


# --- secrets -------------------------------------------------------------------------------


def list_secrets(ctx: Context) -> Response:
    return Response.json([dict(s) for s in _app(ctx).secrets])


def create_secret(ctx: Context) -> Response:
    state, app = ctx.state, _app(ctx)
    body = validate_body(
        ctx.request,
        {"name": string(required=True, min_length=1), "expiresAt": number(nullable=True)},
    )
    if any(s["name"] == body["name"] for s in app.secrets):
        raise ApiError(
            422,
            "application.secret_name_exists",
            "Secret with the same name already exists.",
        )
    secret: Row = {
        "tenantId": state.tenant_id,
        "applicationId": app.row["id"],
        "name": body["name"],
        "value": state.new_secret(),
        "createdAt": state.now_ms(),
        "expiresAt": body.get("expiresAt"),
    }
    app.secrets.append(secret)
    return Response.json(dict(secret), 201)


def delete_secret(ctx: Context) -> Response:
    app = _app(ctx)
    for secret in app.secrets:
        if secret["name"] == ctx.params["name"]:
            app.secrets.remove(secret)
            return Response.no_content()
    raise not_found()


def update_application_custom_data(ctx: Context) -> Response:
    """The body is the custom data to merge (any keys), answered merged."""
    app = require_by_id(ctx.state.applications, "applications", ctx.params["applicationId"])
    given = parse_json_body(ctx.request)
    if not isinstance(given, dict):
        validate_body(ctx.request, {})  # Logto's 400 for a body that is not an object
        given = {}
    app.row["customData"] = {**app.row["customData"], **given}
    return Response.json(app.row["customData"])


def list_application_organizations(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    state = ctx.state
    app_id = require_by_id(state.applications, "applications", ctx.params["id"]).row["id"]
    rows = [
        {**org, "organizationRoles": state.application_member_roles(org["id"], app_id)}
        for org in state.organizations.values()
        if app_id in state.organization_applications.get(org["id"], [])
    ]
    return paged(ctx, selected, rows)


def delete_legacy_secret(ctx: Context) -> Response:
    """Applications the double creates never have a legacy secret (only the ``secrets`` list)."""
    _app(ctx)
    raise ApiError(
        400, "application.no_legacy_secret_found", "The application does not have a legacy secret."
    )


# --- protected apps: a Logto Cloud feature (Cloudflare workers) ----------------------------


def protected_app_not_configured() -> ApiError:
    return ApiError(
        501,
        "application.protected_app_not_configured",
        "Protected app provider is not configured. This feature is not available for open "
        "source version.",
    )


def protected_custom_domains(ctx: Context) -> Response:
    """What Logto OSS answers: only protected applications have custom domains, and no
    protected application works without Logto Cloud's provider (the double cannot create one)."""
    if _app(ctx).row["type"] != "Protected":
        raise ApiError(
            422,
            "application.protected_application_only",
            "The feature is only available for protected applications.",
        )
    raise protected_app_not_configured()


def register(router: Router, generic: GenericApi) -> None:
    a = "/api/applications/{id}"
    roles = "/api/applications/{applicationId}/roles"
    router.add("GET", "/api/applications", "ListApplications", list_applications)
    router.add("POST", "/api/applications", "CreateApplication", create_application)
    router.add("GET", a, "GetApplication", get_application)
    router.add("PATCH", a, "UpdateApplication", update_application)
    router.add("DELETE", a, "DeleteApplication", delete_application)
    router.add("GET", roles, "ListApplicationRoles", APPLICATION_ROLES.list)
    router.add("POST", roles, "AssignApplicationRoles", APPLICATION_ROLES.assign)
    router.add("PUT", roles, "ReplaceApplicationRoles", APPLICATION_ROLES.replace)
    router.add("DELETE", f"{roles}/{{roleId}}", "DeleteApplicationRole", APPLICATION_ROLES.remove)
    router.add("GET", f"{a}/secrets", "ListApplicationSecrets", list_secrets)
    router.add("POST", f"{a}/secrets", "CreateApplicationSecret", create_secret)
    router.add("DELETE", f"{a}/secrets/{{name}}", "DeleteApplicationSecret", delete_secret)
    router.add(
        "PATCH",
        "/api/applications/{applicationId}/custom-data",
        "UpdateApplicationCustomData",
        update_application_custom_data,
    )
    router.add(
        "GET",
        "/api/applications/{id}/organizations",
        "ListApplicationOrganizations",
        list_application_organizations,
    )
    router.add(
        "DELETE", f"{a}/legacy-secret", "DeleteApplicationLegacySecret", delete_legacy_secret
    )
    domains = f"{a}/protected-app-metadata/custom-domains"
    for method, operation_id, path in (
        ("GET", "ListApplicationProtectedAppMetadataCustomDomains", domains),
        ("POST", "CreateApplicationProtectedAppMetadataCustomDomain", domains),
        ("DELETE", "DeleteApplicationProtectedAppMetadataCustomDomain", f"{domains}/{{domain}}"),
    ):
        router.add(method, path, operation_id, protected_custom_domains)
    consent.register(router, generic)
