"""Just-in-time provisioning of an organization: the roles, email domains and enterprise SSO
connectors that make a new user a member."""

from __future__ import annotations

from ..._app.router import Handler, Router
from ..._http import Response, foreign_key_error, unique_violation
from ..._model.context import Context
from ..._model.generic import GenericApi
from ..._model.guards import array, string, string_ids, validate_body
from ..._model.pagination import page, paged
from ..._model.relations import add_missing, existing_ids, organization_id_of, remove_or_404
from ..._model.state import Row, State

_JIT_ROLES_BODY = {"organizationRoleIds": string_ids()}


def list_jit_roles(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    state, org_id = ctx.state, organization_id_of(ctx)
    ids = state.organization_jit_roles.get(org_id, [])
    roles = [dict(state.organization_roles[i]) for i in ids if i in state.organization_roles]
    return paged(ctx, selected, roles)


def add_jit_roles(ctx: Context) -> Response:
    state, org_id = ctx.state, organization_id_of(ctx)
    body = validate_body(ctx.request, _JIT_ROLES_BODY)
    role_ids = existing_ids(
        body["organizationRoleIds"], state.organization_roles, foreign_key_error
    )
    current = state.organization_jit_roles.setdefault(org_id, [])
    add_missing(current, role_ids)
    return Response.created_without_body()


def replace_jit_roles(ctx: Context) -> Response:
    state, org_id = ctx.state, organization_id_of(ctx)
    body = validate_body(ctx.request, _JIT_ROLES_BODY)
    ids = existing_ids(body["organizationRoleIds"], state.organization_roles, foreign_key_error)
    state.organization_jit_roles[org_id] = ids
    return Response.no_content()


def delete_jit_role(ctx: Context) -> Response:
    state, org_id = ctx.state, organization_id_of(ctx)
    current = state.organization_jit_roles.get(org_id, [])
    remove_or_404(current, ctx.params["organizationRoleId"])
    return Response.no_content()


def _email_domain_row(state: State, org_id: str, domain: str) -> Row:
    return {"tenantId": state.tenant_id, "organizationId": org_id, "emailDomain": domain}


def _email_domain_rows(state: State, org_id: str) -> list[Row]:
    domains = state.organization_jit_email_domains.get(org_id, [])
    return [_email_domain_row(state, org_id, domain) for domain in domains]


def list_jit_email_domains(ctx: Context) -> Response:
    selected = page(ctx, optional=True)
    state, org_id = ctx.state, organization_id_of(ctx)
    return paged(ctx, selected, _email_domain_rows(state, org_id))


def add_jit_email_domain(ctx: Context) -> Response:
    state, org_id = ctx.state, organization_id_of(ctx)
    body = validate_body(ctx.request, {"emailDomain": string(required=True, min_length=1)})
    domains = state.organization_jit_email_domains.setdefault(org_id, [])
    if body["emailDomain"] in domains:
        raise unique_violation()
    domains.append(body["emailDomain"])
    return Response.json(_email_domain_row(state, org_id, body["emailDomain"]), 201)


def replace_jit_email_domains(ctx: Context) -> Response:
    state, org_id = ctx.state, organization_id_of(ctx)
    body = validate_body(ctx.request, {"emailDomains": array(string(), required=True)})
    state.organization_jit_email_domains[org_id] = list(dict.fromkeys(body["emailDomains"]))
    return Response.no_content()


def delete_jit_email_domain(ctx: Context) -> Response:
    state, org_id = ctx.state, organization_id_of(ctx)
    domains = state.organization_jit_email_domains.get(org_id, [])
    remove_or_404(domains, ctx.params["emailDomain"])
    return Response.no_content()


# --- SSO connectors (kept by the generic store) --------------------------------------------

_SSO_CONNECTORS = "/api/sso-connectors"
_SSO_BODY = {"ssoConnectorIds": string_ids()}


def _jit_sso(generic: GenericApi) -> tuple[Handler, Handler, Handler, Handler]:
    """List, add, replace and remove, like the roles, over the generic store's connectors."""
    item = generic.list_item_schema("ListOrganizationJitSsoConnectors")

    def connectors(ctx: Context) -> tuple[dict[str, Row], list[str]]:
        org_id = organization_id_of(ctx)
        current = ctx.state.organization_jit_sso_connectors.setdefault(org_id, [])
        return generic.items(_SSO_CONNECTORS), current

    def list_all(ctx: Context) -> Response:
        selected = page(ctx, optional=True)
        known, ids = connectors(ctx)
        rows = [generic.schemas.conform(item, known[i]) for i in ids if i in known]
        return paged(ctx, selected, rows)

    def add(ctx: Context) -> Response:
        known, ids = connectors(ctx)
        body = validate_body(ctx.request, _SSO_BODY)
        add_missing(ids, existing_ids(body["ssoConnectorIds"], known, foreign_key_error))
        return Response.created_without_body()

    def replace(ctx: Context) -> Response:
        known, ids = connectors(ctx)
        body = validate_body(ctx.request, _SSO_BODY)
        ids[:] = existing_ids(body["ssoConnectorIds"], known, foreign_key_error)
        return Response.no_content()

    def remove(ctx: Context) -> Response:
        _, ids = connectors(ctx)
        remove_or_404(ids, ctx.params["ssoConnectorId"])
        return Response.no_content()

    return list_all, add, replace, remove


def register(router: Router, generic: GenericApi) -> None:
    jit = "/api/organizations/{id}/jit"
    d = f"{jit}/email-domains"
    router.add("GET", f"{jit}/roles", "ListOrganizationJitRoles", list_jit_roles)
    router.add("POST", f"{jit}/roles", "CreateOrganizationJitRole", add_jit_roles)
    router.add("PUT", f"{jit}/roles", "ReplaceOrganizationJitRoles", replace_jit_roles)
    router.add(
        "DELETE",
        f"{jit}/roles/{{organizationRoleId}}",
        "DeleteOrganizationJitRole",
        delete_jit_role,
    )
    router.add("GET", d, "ListOrganizationJitEmailDomains", list_jit_email_domains)
    router.add("POST", d, "CreateOrganizationJitEmailDomain", add_jit_email_domain)
    router.add("PUT", d, "ReplaceOrganizationJitEmailDomains", replace_jit_email_domains)
    router.add(
        "DELETE",
        f"{d}/{{emailDomain}}",
        "DeleteOrganizationJitEmailDomain",
        delete_jit_email_domain,
    )
    sso = f"{jit}/sso-connectors"
    list_all, add, replace, remove = _jit_sso(generic)
    router.add("GET", sso, "ListOrganizationJitSsoConnectors", list_all)
    router.add("POST", sso, "CreateOrganizationJitSsoConnector", add)
    router.add("PUT", sso, "ReplaceOrganizationJitSsoConnectors", replace)
    router.add("DELETE", f"{sso}/{{ssoConnectorId}}", "DeleteOrganizationJitSsoConnector", remove)
