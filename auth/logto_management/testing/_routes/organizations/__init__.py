"""``/api/organizations``: the organizations tag, the largest of the document (36 operations),
split like the generated ``api/organizations/`` folder would be read: the organizations
themselves here, ``members.py`` (users, their roles and scopes), ``applications.py``
(machine-to-machine members and their roles) and ``jit.py`` (just-in-time provisioning)."""

from __future__ import annotations

from ..._app.router import Router
from ..._http import Response
from ..._model.context import Context
from ..._model.generic import GenericApi
from ..._model.guards import boolean, obj, string, validate_body
from ..._model.pagination import page, paged
from ..._model.relations import organization_of, require_by_id
from ..._model.search import keyword_rows
from ..._model.state import Row
from . import applications, jit, members

_ROLE_TYPES = ("User", "MachineToMachine")
_ORGANIZATION_FIELDS = {
    "name": string(min_length=1),
    "description": string(nullable=True),
    "customData": obj(),
    "isMfaRequired": boolean(),
    "color": obj(
        {"primaryColor": string(), "isDarkModeEnabled": boolean(), "darkPrimaryColor": string()}
    ),
    "branding": obj(
        {"logoUrl": string(), "darkLogoUrl": string(), "favicon": string(), "darkFavicon": string()}
    ),
    "customCss": string(nullable=True),
}


# --- organizations -------------------------------------------------------------------------


def list_organizations(ctx: Context) -> Response:
    selected = page(ctx)
    rows = [dict(o) for o in ctx.state.organizations.values()]
    return paged(ctx, selected, keyword_rows(ctx, rows, ("id", "name", "description")))


def create_organization(ctx: Context) -> Response:
    state = ctx.state
    body = validate_body(
        ctx.request, {**_ORGANIZATION_FIELDS, "name": string(required=True, min_length=1)}
    )
    organization: Row = {
        "tenantId": state.tenant_id,
        "id": state.new_id(12),
        "name": body["name"],
        "description": body.get("description"),
        "customData": body.get("customData", {}),
        "isMfaRequired": body.get("isMfaRequired", False),
        "color": body.get("color", {}),
        "branding": body.get("branding", {}),
        "customCss": body.get("customCss"),
        "createdAt": state.now_ms(),
    }
    state.organizations[organization["id"]] = organization
    return Response.json(dict(organization), 201)


def get_organization(ctx: Context) -> Response:
    organization_id = ctx.params["id"]
    return Response.json(
        dict(require_by_id(ctx.state.organizations, "organizations", organization_id))
    )


def update_organization(ctx: Context) -> Response:
    organization = organization_of(ctx)
    organization.update(validate_body(ctx.request, _ORGANIZATION_FIELDS))
    return Response.json(dict(organization))


def delete_organization(ctx: Context) -> Response:
    ctx.state.delete_organization(organization_of(ctx)["id"])
    return Response.no_content()


# --- members -------------------------------------------------------------------------------


# --- organization roles --------------------------------------------------------------------


# --- organization scopes -------------------------------------------------------------------


# --- invitations ---------------------------------------------------------------------------


def register(router: Router, generic: GenericApi) -> None:
    o = "/api/organizations/{id}"
    router.add("GET", "/api/organizations", "ListOrganizations", list_organizations)
    router.add("POST", "/api/organizations", "CreateOrganization", create_organization)
    router.add("GET", o, "GetOrganization", get_organization)
    router.add("PATCH", o, "UpdateOrganization", update_organization)
    router.add("DELETE", o, "DeleteOrganization", delete_organization)

    members.register(router, generic)
    applications.register(router, generic)
    jit.register(router, generic)
