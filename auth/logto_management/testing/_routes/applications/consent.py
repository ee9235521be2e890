"""What a third-party application asks users to consent to: its user consent scopes
(``/applications/{applicationId}/user-consent-scopes``) and the organizations each user granted
it (``/applications/{id}/users/{userId}/consent-organizations``), as Logto 1.42 answers.

Only third-party applications have them (``422 application.third_party_application_only``),
except that any application's scopes can be read and deleted; adding what is already there is
not an error (``on conflict do nothing``), deleting what is not there is ``404``.
"""

from __future__ import annotations

from ..._app.router import Handler, Router
from ..._http import ApiError, Response, not_found, require_membership_error
from ..._model.consent import SCOPE_TYPES
from ..._model.context import Context
from ..._model.generic import GenericApi
from ..._model.guards import array, enum, string, validate_body, validate_params
from ..._model.pagination import page, paged
from ..._model.records import ApplicationRecord
from ..._model.relations import add_missing, remove_or_404, require, require_by_id
from ..._model.state import Row, State

_SCOPES = "/api/applications/{applicationId}/user-consent-scopes"
_ORGANIZATIONS = "/api/applications/{id}/users/{userId}/consent-organizations"
_ORGANIZATION_HIDDEN = ("isTrustedDeviceAllowed",)


def _application(ctx: Context, key: str) -> ApplicationRecord:
    return require_by_id(ctx.state.applications, "applications", ctx.params[key])


def _third_party(ctx: Context, key: str) -> ApplicationRecord:
    app = _application(ctx, key)
    if not app.row.get("isThirdParty"):
        raise ApiError(
            422,
            "application.third_party_application_only",
            "The feature is only available for third-party applications.",
        )
    return app


# --- user consent scopes -------------------------------------------------------------------


def _grouped(state: State, scope_ids: list[str]) -> list[Row]:
    """Scopes grouped under their API resource, in order of first appearance."""
    groups: dict[str, Row] = {}
    for scope_id in scope_ids:
        scope = state.scopes.get(scope_id)
        resource = state.resources.get(scope["resourceId"]) if scope else None
        if scope is None or resource is None:
            continue
        group = groups.setdefault(
            resource["id"],
            {
                "resource": {k: resource[k] for k in ("id", "name", "indicator")},
                "scopes": [],
            },
        )
        group["scopes"].append({k: scope.get(k) for k in ("id", "name", "description")})
    return list(groups.values())


def scopes_view(state: State, owner: str) -> Row:
    """An owner's consent scopes as Logto answers them (``owner``: an application id, or
    ``CIMD`` for the tenant-wide ceiling of CIMD clients)."""
    consent = state.consent
    organization_scopes = [
        {k: state.organization_scopes[i].get(k) for k in ("id", "name", "description")}
        for i in consent.scope_ids(owner, "organization-scopes")
        if i in state.organization_scopes
    ]
    return {
        "organizationScopes": organization_scopes,
        "resourceScopes": _grouped(state, consent.scope_ids(owner, "resource-scopes")),
        "organizationResourceScopes": _grouped(
            state, consent.scope_ids(owner, "organization-resource-scopes")
        ),
        "userScopes": list(consent.scope_ids(owner, "user-scopes")),
    }


def add_scopes(state: State, owner: str, body: Row) -> None:
    """Check the scopes named in a body (they exist, none of the Management API) and add them."""
    _scopes_not_found(state, body)
    for key, scope_type in zip(
        ("organizationScopes", "resourceScopes", "organizationResourceScopes", "userScopes"),
        SCOPE_TYPES,
        strict=True,
    ):
        add_missing(state.consent.scope_ids(owner, scope_type), body.get(key, []))


def remove_scope(ctx: Context, owner: str) -> None:
    """The path's ``{scopeType}/{scopeId}`` out of the owner's scopes, or 404."""
    params = validate_params(ctx.params, {"scopeType": enum(*SCOPE_TYPES, required=True)})
    ids = ctx.state.consent.scope_ids(owner, str(params["scopeType"]))
    remove_or_404(ids, ctx.params["scopeId"])


def list_consent_scopes(ctx: Context) -> Response:
    app_id = _application(ctx, "applicationId").row["id"]
    return Response.json(scopes_view(ctx.state, app_id))


def _scopes_not_found(state: State, body: Row) -> None:
    missing = {
        "invalidOrganizationScopes": [
            i for i in body.get("organizationScopes", []) if i not in state.organization_scopes
        ],
        "invalidResourceScopes": [
            i for i in body.get("resourceScopes", []) if i not in state.scopes
        ],
        "invalidOrganizationResourceScopes": [
            i for i in body.get("organizationResourceScopes", []) if i not in state.scopes
        ],
    }
    if any(missing.values()):
        raise ApiError(
            422,
            "application.user_consent_scopes_not_found",
            "Invalid user consent scopes.",
            data=missing,
        )
    management = [
        i
        for i in [*body.get("resourceScopes", []), *body.get("organizationResourceScopes", [])]
        if state.resources.get(state.scopes[i]["resourceId"], {}).get("indicator")
        == state.api_indicator
    ]
    if management:
        raise ApiError(
            422,
            "application.consent_management_api_scopes_not_allowed",
            "Management API scopes are not allowed.",
        )


def _assign_consent_scopes(generic: GenericApi) -> Handler:
    """The body's four lists are checked as the document says (``userScopes`` an enum)."""
    fields = generic.body_fields("CreateApplicationUserConsentScope")

    def handler(ctx: Context) -> Response:
        body = validate_body(ctx.request, fields)
        add_scopes(ctx.state, _third_party(ctx, "applicationId").row["id"], body)
        return Response.created_without_body()

    return handler


def delete_consent_scope(ctx: Context) -> Response:
    app_id = _application(ctx, "applicationId").row["id"]
    remove_scope(ctx, app_id)
    return Response.no_content()


# --- organizations a user granted ----------------------------------------------------------


def _consenting_user(ctx: Context) -> list[str]:
    """The third-party application's organizations granted by the path's user (checked)."""
    app_id = _third_party(ctx, "id").row["id"]
    user_id = require(ctx.state.users, ctx.params["userId"]).row["id"]
    return ctx.state.consent.organizations.setdefault((app_id, user_id), [])


def _check_membership(ctx: Context, organization_ids: list[str]) -> None:
    user_id = ctx.params["userId"]
    state = ctx.state
    if any(user_id not in state.organization_users.get(o, []) for o in organization_ids):
        raise require_membership_error()


def list_consent_organizations(ctx: Context) -> Response:
    granted = _consenting_user(ctx)
    selected = page(ctx)
    rows = [
        {k: v for k, v in ctx.state.organizations[o].items() if k not in _ORGANIZATION_HIDDEN}
        for o in granted
        if o in ctx.state.organizations
    ]
    response = paged(ctx, selected, rows)
    body = response.body
    return Response(
        response.status,
        b'{"organizations":' + body + b"}",
        response.content_type,
        response.headers,
    )


_ORGANIZATION_IDS = "organizationIds"


def add_consent_organizations(ctx: Context) -> Response:
    granted = _consenting_user(ctx)
    body = validate_body(
        ctx.request,
        {_ORGANIZATION_IDS: array(string(min_length=1), required=True, min_length=1)},
    )
    _check_membership(ctx, body[_ORGANIZATION_IDS])
    add_missing(granted, body[_ORGANIZATION_IDS])
    return Response.created_without_body()


def replace_consent_organizations(ctx: Context) -> Response:
    granted = _consenting_user(ctx)
    body = validate_body(
        ctx.request, {_ORGANIZATION_IDS: array(string(min_length=1), required=True)}
    )
    _check_membership(ctx, body[_ORGANIZATION_IDS])
    granted[:] = list(dict.fromkeys(body[_ORGANIZATION_IDS]))
    return Response.no_content()


def delete_consent_organization(ctx: Context) -> Response:
    granted = _consenting_user(ctx)
    if ctx.params["organizationId"] not in granted:
        raise not_found()
    granted.remove(ctx.params["organizationId"])
    return Response.no_content()


def register(router: Router, generic: GenericApi) -> None:
    router.add("GET", _SCOPES, "ListApplicationUserConsentScopes", list_consent_scopes)
    router.add(
        "POST", _SCOPES, "CreateApplicationUserConsentScope", _assign_consent_scopes(generic)
    )
    router.add(
        "DELETE",
        f"{_SCOPES}/{{scopeType}}/{{scopeId}}",
        "DeleteApplicationUserConsentScope",
        delete_consent_scope,
    )
    o = _ORGANIZATIONS
    router.add("GET", o, "ListApplicationUserConsentOrganizations", list_consent_organizations)
    router.add("POST", o, "CreateApplicationUserConsentOrganization", add_consent_organizations)
    router.add(
        "PUT", o, "ReplaceApplicationUserConsentOrganizations", replace_consent_organizations
    )
    router.add(
        "DELETE",
        f"{o}/{{organizationId}}",
        "DeleteApplicationUserConsentOrganization",
        delete_consent_organization,
    )
