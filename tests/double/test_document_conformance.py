"""Every operation the double implements answers what the OpenAPI document promises.

One scenario drives every implemented operation to a success (and several to their errors).
Each answer's status must be one Logto's document declares for that operation, and each JSON
success body must validate against the response schema of the document under test,
:func:`_testing_support.openapi_document_path`: the normalized document the client is generated
from.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from _samples import user_answer
from _testing_support import OpenApiValidator, logto_document, openapi_validator, to_json_schema

from logto_management.testing import LogtoDouble


class Recorder:
    """Sends requests to the double and checks each answer against the document."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        double: LogtoDouble,
        validator: OpenApiValidator,
        statuses: OpenApiValidator,
    ) -> None:
        self.client = client
        self.double = double
        self.validator = validator  # the document under test: response schemas
        self.logto = statuses  # Logto's own document: which statuses each operation answers
        self.succeeded: set[str] = set()
        self.statuses: dict[str, set[int]] = {}

    async def call(self, method: str, path: str, expect: int, **kwargs: Any) -> Any:
        response = await self.client.request(method, path, **kwargs)
        assert response.status_code == expect, f"{method} {path}: {response.text}"
        operation = self.double.operation_for(method, path)
        assert operation is not None, f"{method} {path} is not an implemented operation"
        declared = self.logto.declared_statuses(operation)
        assert expect in declared, f"{operation} answered {expect}, declared {sorted(declared)}"
        if 200 <= expect < 300:
            documented = self.validator.declared_statuses(operation)
            assert expect in documented, f"{operation} {expect} missing from the document"
        self.statuses.setdefault(operation, set()).add(expect)
        if 200 <= expect < 300:
            self.succeeded.add(operation)
        if response.headers.get("content-type", "").startswith("application/json"):
            body = response.json()
            if 200 <= expect < 300:
                self.validator.validate(operation, expect, body)
            return body
        return None


@pytest.fixture
async def recorder() -> AsyncIterator[Recorder]:
    validator, statuses = openapi_validator(), logto_document()
    double = LogtoDouble()
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=double.app), base_url="http://logto.test"
    ) as client:
        token = await client.post(
            "/oidc/token",
            auth=(double.app_id, double.app_secret),
            data={
                "grant_type": "client_credentials",
                "resource": double.api_indicator,
                "scope": "all",
            },
        )
        client.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
        yield Recorder(client, double, validator, statuses)


async def _users(r: Recorder) -> tuple[str, str]:
    ann = await r.call(
        "POST",
        "/api/users",
        200,
        json={
            "username": "ann",
            "primaryEmail": "Ann@Example.com",
            "name": "Ann Lee",
            "password": "s3cret!",
            "customData": {"plan": "free"},
            "profile": {"givenName": "Ann", "address": {"country": "NL"}},
        },
    )
    bob = await r.call("POST", "/api/users", 200, json={"username": "bob", "primaryPhone": "3161"})
    a, b = ann["id"], bob["id"]
    await r.call("POST", "/api/users", 422, json={"username": "ann"})
    await r.call("POST", "/api/users", 400, json={"username": 1})
    await r.call("GET", "/api/users", 200, params={"search": "%an%", "page_size": 5})
    await r.call("GET", "/api/users", 400, params={"page_size": 101})
    await r.call("GET", f"/api/users/{a}", 200)
    await r.call("GET", "/api/users/nobody", 404)
    await r.call("PATCH", f"/api/users/{a}", 200, json={"name": "Ann L.", "avatar": None})
    await r.call("GET", f"/api/users/{a}/custom-data", 200)
    await r.call("PATCH", f"/api/users/{a}/custom-data", 200, json={"customData": {"seats": 2}})
    await r.call("PATCH", f"/api/users/{a}/profile", 200, json={"profile": {"familyName": "Lee"}})
    await r.call("PATCH", f"/api/users/{b}/is-suspended", 200, json={"isSuspended": True})
    await r.call("PATCH", f"/api/users/{b}/password", 200, json={"password": "bob-pw"})
    await r.call("GET", f"/api/users/{b}/has-password", 200)
    await r.call("POST", f"/api/users/{a}/password/verify", 204, json={"password": "s3cret!"})
    await r.call("POST", f"/api/users/{a}/password/verify", 422, json={"password": "nope"})
    return a, b


async def _roles_and_resources(r: Recorder, a: str) -> None:
    role = await r.call(
        "POST", "/api/roles", 200, json={"name": "editor", "description": "Can edit"}
    )
    m2m_role = await r.call(
        "POST",
        "/api/roles",
        200,
        json={"name": "worker", "description": "Machines", "type": "MachineToMachine"},
    )
    await r.call("POST", "/api/roles", 422, json={"name": "editor", "description": "again"})
    rid, mid = role["id"], m2m_role["id"]
    await r.call("GET", "/api/roles", 200)
    await r.call("GET", "/api/roles", 200, params={"page": 1, "page_size": 1, "type": "User"})
    await r.call("GET", f"/api/roles/{rid}", 200)
    await r.call("PATCH", f"/api/roles/{rid}", 200, json={"description": "Edits things"})
    await r.call("POST", f"/api/users/{a}/roles", 201, json={"roleIds": [rid]})
    await r.call("GET", f"/api/users/{a}/roles", 200)
    await r.call("PUT", f"/api/users/{a}/roles", 200, json={"roleIds": [rid]})
    await r.call("GET", f"/api/roles/{rid}/users", 200)
    await r.call("DELETE", f"/api/users/{a}/roles/{rid}", 204)
    await r.call("POST", f"/api/roles/{rid}/users", 201, json={"userIds": [a]})
    await r.call("DELETE", f"/api/roles/{rid}/users/{a}", 204)

    resource = await r.call(
        "POST",
        "/api/resources",
        201,
        json={"name": "Billing", "indicator": "https://billing.example.com/api"},
    )
    res = resource["id"]
    await r.call("GET", "/api/resources", 200)
    await r.call("GET", "/api/resources", 200, params={"page": 1, "includeScopes": "true"})
    await r.call("GET", f"/api/resources/{res}", 200)
    await r.call("PATCH", f"/api/resources/{res}", 200, json={"accessTokenTtl": 600})
    scope = await r.call(
        "POST", f"/api/resources/{res}/scopes", 201, json={"name": "read:invoices"}
    )
    await r.call("POST", f"/api/resources/{res}/scopes", 422, json={"name": "read:invoices"})
    sid = scope["id"]
    await r.call("GET", f"/api/resources/{res}/scopes", 200)
    await r.call(
        "PATCH", f"/api/resources/{res}/scopes/{sid}", 200, json={"description": "Read them"}
    )
    await r.call("POST", f"/api/roles/{rid}/scopes", 201, json={"scopeIds": [sid]})
    await r.call("GET", f"/api/roles/{rid}/scopes", 200)
    await r.call("DELETE", f"/api/roles/{rid}/scopes/{sid}", 204)

    app = await r.call(
        "POST", "/api/applications", 200, json={"name": "Worker", "type": "MachineToMachine"}
    )
    app_id = app["id"]
    await r.call("GET", "/api/applications", 200)
    await r.call("GET", "/api/applications", 200, params={"page": 1, "types": "MachineToMachine"})
    await r.call("GET", f"/api/applications/{app_id}", 200)
    await r.call("PATCH", f"/api/applications/{app_id}", 200, json={"description": "Jobs"})
    await r.call("GET", f"/api/applications/{app_id}/secrets", 200)
    await r.call("POST", f"/api/applications/{app_id}/secrets", 201, json={"name": "second"})
    await r.call("DELETE", f"/api/applications/{app_id}/secrets/second", 204)
    await r.call("POST", f"/api/applications/{app_id}/roles", 201, json={"roleIds": [mid]})
    await r.call("GET", f"/api/applications/{app_id}/roles", 200)
    await r.call("PUT", f"/api/applications/{app_id}/roles", 200, json={"roleIds": [mid]})
    await r.call("DELETE", f"/api/applications/{app_id}/roles/{mid}", 204)
    await r.call("POST", f"/api/roles/{mid}/applications", 201, json={"applicationIds": [app_id]})
    await r.call("GET", f"/api/roles/{mid}/applications", 200)
    await r.call("DELETE", f"/api/roles/{mid}/applications/{app_id}", 204)
    await r.call("DELETE", f"/api/applications/{app_id}", 204)

    await r.call("DELETE", f"/api/resources/{res}/scopes/{sid}", 204)
    await r.call("DELETE", f"/api/resources/{res}", 204)
    await r.call("DELETE", f"/api/roles/{rid}", 204)
    await r.call("DELETE", f"/api/roles/{rid}", 404)


async def _organizations(r: Recorder, a: str, b: str) -> None:
    scope = await r.call("POST", "/api/organization-scopes", 201, json={"name": "invite:member"})
    extra = await r.call("POST", "/api/organization-scopes", 201, json={"name": "read:docs"})
    osid, xsid = scope["id"], extra["id"]
    await r.call("POST", "/api/organization-scopes", 422, json={"name": "read:docs"})
    await r.call("GET", "/api/organization-scopes", 200)
    await r.call("GET", f"/api/organization-scopes/{osid}", 200)
    await r.call("PATCH", f"/api/organization-scopes/{osid}", 200, json={"description": "Invite"})

    role = await r.call(
        "POST",
        "/api/organization-roles",
        201,
        json={"name": "admin", "organizationScopeIds": [osid]},
    )
    orid = role["id"]
    await r.call("GET", "/api/organization-roles", 200)
    await r.call("GET", f"/api/organization-roles/{orid}", 200)
    await r.call("PATCH", f"/api/organization-roles/{orid}", 200, json={"description": "Admins"})
    await r.call(
        "POST", f"/api/organization-roles/{orid}/scopes", 201, json={"organizationScopeIds": [xsid]}
    )
    await r.call("GET", f"/api/organization-roles/{orid}/scopes", 200)
    await r.call(
        "PUT", f"/api/organization-roles/{orid}/scopes", 204, json={"organizationScopeIds": [osid]}
    )
    await r.call("DELETE", f"/api/organization-roles/{orid}/scopes/{osid}", 204)

    org = await r.call("POST", "/api/organizations", 201, json={"name": "Acme"})
    oid = org["id"]
    await r.call("GET", "/api/organizations", 200, params={"q": "acm"})
    await r.call("GET", f"/api/organizations/{oid}", 200)
    await r.call("PATCH", f"/api/organizations/{oid}", 200, json={"description": "Customer"})
    await r.call("POST", f"/api/organizations/{oid}/users", 201, json={"userIds": [a]})
    await r.call("PUT", f"/api/organizations/{oid}/users", 204, json={"userIds": [a, b]})
    await r.call("GET", f"/api/organizations/{oid}/users", 200)
    await r.call(
        "POST",
        f"/api/organizations/{oid}/users/roles",
        201,
        json={"userIds": [b], "organizationRoleIds": [orid]},
    )
    await r.call(
        "POST",
        f"/api/organizations/{oid}/users/{a}/roles",
        201,
        json={"organizationRoleIds": [orid]},
    )
    await r.call("GET", f"/api/organizations/{oid}/users/{a}/roles", 200)
    await r.call(
        "PUT",
        f"/api/organizations/{oid}/users/{a}/roles",
        204,
        json={"organizationRoleIds": [orid]},
    )
    await r.call("DELETE", f"/api/organizations/{oid}/users/{a}/roles/{orid}", 204)
    await r.call("GET", f"/api/users/{a}/organizations", 200)
    await r.call("DELETE", f"/api/organizations/{oid}/users/{b}", 204)

    invitation = await r.call(
        "POST",
        "/api/organization-invitations",
        201,
        json={
            "inviterId": a,
            "invitee": "carol@example.com",
            "organizationId": oid,
            "expiresAt": r.double.store.now_ms() + 86_400_000,
            "organizationRoleIds": [orid],
        },
    )
    iid = invitation["id"]
    await r.call("GET", "/api/organization-invitations", 200, params={"organizationId": oid})
    await r.call("GET", f"/api/organization-invitations/{iid}", 200)
    await r.call(
        "PUT",
        f"/api/organization-invitations/{iid}/status",
        200,
        json={"status": "Accepted", "acceptedUserId": b},
    )
    await r.call("DELETE", f"/api/organization-invitations/{iid}", 204)

    await r.call("DELETE", f"/api/organizations/{oid}", 204)
    await r.call("DELETE", f"/api/organization-roles/{orid}", 204)
    await r.call("DELETE", f"/api/organization-scopes/{osid}", 204)


async def _organization_applications(r: Recorder, a: str) -> None:
    app = await r.call(
        "POST", "/api/applications", 200, json={"name": "Robot", "type": "MachineToMachine"}
    )
    spa = await r.call("POST", "/api/applications", 200, json={"name": "Web", "type": "SPA"})
    app_id = app["id"]
    scope = await r.call("POST", "/api/organization-scopes", 201, json={"name": "read:all"})
    user_role = await r.call("POST", "/api/organization-roles", 201, json={"name": "viewer"})
    m2m_role = await r.call(
        "POST",
        "/api/organization-roles",
        201,
        json={"name": "robot", "type": "MachineToMachine"},
    )
    urid, mrid = user_role["id"], m2m_role["id"]
    org = await r.call("POST", "/api/organizations", 201, json={"name": "Robots Inc"})
    oid = org["id"]
    apps = f"/api/organizations/{oid}/applications"
    await r.call("POST", apps, 422, json={"applicationIds": [spa["id"]]})
    await r.call("POST", apps, 201, json={"applicationIds": [app_id]})
    await r.call("PUT", apps, 204, json={"applicationIds": [app_id]})
    await r.call("GET", apps, 200)
    await r.call("POST", f"{apps}/{app_id}/roles", 422, json={"organizationRoleIds": [urid]})
    await r.call("POST", f"{apps}/{app_id}/roles", 201, json={"organizationRoleIds": [mrid]})
    await r.call("PUT", f"{apps}/{app_id}/roles", 204, json={"organizationRoleIds": [mrid]})
    await r.call(
        "POST",
        f"{apps}/roles",
        201,
        json={"applicationIds": [app_id], "organizationRoleIds": [mrid]},
    )
    await r.call("GET", f"{apps}/{app_id}/roles", 200)
    await r.call("GET", f"/api/applications/{app_id}/organizations", 200)
    await r.call("DELETE", f"{apps}/{app_id}/roles/{mrid}", 204)
    await r.call("DELETE", f"{apps}/{app_id}", 204)
    await r.call("GET", f"{apps}/{app_id}/roles", 422)

    await r.call(
        "POST",
        f"/api/organization-roles/{urid}/scopes",
        201,
        json={"organizationScopeIds": [scope["id"]]},
    )
    await r.call("POST", f"/api/organizations/{oid}/users", 201, json={"userIds": [a]})
    await r.call(
        "POST",
        f"/api/organizations/{oid}/users/{a}/roles",
        201,
        json={"organizationRoleIds": [urid]},
    )
    scopes = await r.call("GET", f"/api/organizations/{oid}/users/{a}/scopes", 200)
    assert [s["name"] for s in scopes] == ["read:all"]

    res = await r.call(
        "POST", "/api/resources", 201, json={"name": "Docs", "indicator": "https://docs.test"}
    )
    rscope = await r.call(
        "POST", f"/api/resources/{res['id']}/scopes", 201, json={"name": "read:docs"}
    )
    rs = f"/api/organization-roles/{urid}/resource-scopes"
    await r.call("POST", rs, 201, json={"scopeIds": [rscope["id"]]})
    await r.call("PUT", rs, 204, json={"scopeIds": [rscope["id"]]})
    await r.call("GET", rs, 200)
    await r.call("DELETE", f"{rs}/{rscope['id']}", 204)
    await r.call("PATCH", f"/api/resources/{res['id']}/is-default", 200, json={"isDefault": True})

    jit = f"/api/organizations/{oid}/jit"
    await r.call("POST", f"{jit}/roles", 201, json={"organizationRoleIds": [urid]})
    await r.call("PUT", f"{jit}/roles", 204, json={"organizationRoleIds": [urid]})
    await r.call("GET", f"{jit}/roles", 200)
    await r.call("DELETE", f"{jit}/roles/{urid}", 204)
    await r.call("POST", f"{jit}/email-domains", 201, json={"emailDomain": "robots.test"})
    await r.call("PUT", f"{jit}/email-domains", 204, json={"emailDomains": ["robots.test"]})
    await r.call("GET", f"{jit}/email-domains", 200)
    await r.call("DELETE", f"{jit}/email-domains/robots.test", 204)

    await r.call("PATCH", f"/api/applications/{app_id}/custom-data", 200, json={"tier": "gold"})
    await r.call("GET", "/api/dashboard/users/total", 200)
    await r.call("GET", "/api/dashboard/users/new", 200)
    await r.call("GET", "/api/dashboard/users/active", 200, params={"date": "2026-01-15"})

    hook = await r.call(
        "POST",
        "/api/hooks",
        201,
        json={"events": ["User.Created"], "config": {"url": "https://hooks.test"}},
    )
    await r.call("PATCH", f"/api/hooks/{hook['id']}/signing-key", 200)
    await r.call("GET", f"/api/hooks/{hook['id']}/recent-logs", 200)
    token = await r.call("POST", "/api/one-time-tokens", 201, json={"email": "t@robots.test"})
    await r.call(
        "POST",
        "/api/one-time-tokens/verify",
        200,
        json={"email": "T@robots.test", "token": token["token"]},
    )
    await r.call(
        "POST",
        "/api/one-time-tokens/verify",
        400,
        json={"email": "t@robots.test", "token": token["token"]},
    )
    await r.call(
        "PUT", f"/api/one-time-tokens/{token['id']}/status", 200, json={"status": "revoked"}
    )

    templates = await r.call(
        "PUT",
        "/api/email-templates",
        200,
        json={
            "templates": [
                {
                    "languageTag": "en",
                    "templateType": "SignIn",
                    "details": {"subject": "Code", "content": "<p>{{code}}</p>"},
                }
            ]
        },
    )
    await r.call("GET", "/api/email-templates", 200, params={"languageTag": "en"})
    await r.call(
        "PATCH", f"/api/email-templates/{templates[0]['id']}/details", 200, json={"subject": "Hi"}
    )
    await r.call("DELETE", "/api/email-templates", 200, params={"templateType": "SignIn"})
    field = {"type": "Text", "label": "Team", "required": False}
    await r.call(
        "POST",
        "/api/custom-profile-fields/batch",
        201,
        json=[{**field, "name": "team"}, {**field, "name": "floor"}],
    )
    fields = await r.call(
        "POST",
        "/api/custom-profile-fields/properties/sie-order",
        200,
        json={"order": [{"name": "team", "sieOrder": 2}, {"name": "floor", "sieOrder": 1}]},
    )
    assert [f["name"] for f in fields] == ["floor", "team"]
    for path in ("sessions", "grants", "mfa-verifications", "all-identities"):
        await r.call("GET", f"/api/users/{a}/{path}", 200)
    conflicts = await r.call(
        "GET", "/api/sign-in-exp/username-policy/case-sensitivity-conflicts", 200
    )
    assert conflicts["totalConflicts"] == 0
    await r.call("GET", "/api/user-assets/service-status", 200)
    pats = f"/api/users/{a}/personal-access-tokens"
    await r.call("POST", pats, 201, json={"name": "ci"})
    await r.call("PATCH", pats, 200, json={"currentName": "ci", "name": "cd"})
    await r.call("POST", f"{pats}/delete", 204, json={"name": "cd"})
    await r.call("POST", f"{pats}/delete", 404, json={"name": "cd"})


ERROR_ONLY = {
    "DeleteApplicationLegacySecret": "the double's applications never have a legacy secret",
    "ListApplicationProtectedAppMetadataCustomDomains": "protected apps: Logto Cloud only",
    "CreateApplicationProtectedAppMetadataCustomDomain": "protected apps: Logto Cloud only",
    "DeleteApplicationProtectedAppMetadataCustomDomain": "protected apps: Logto Cloud only",
    "GetSystemApplicationConfig": "protected apps: Logto Cloud only (501 on Logto OSS)",
    "CleanupDomains": "the hostname provider (Cloudflare) is Logto Cloud only",
    "DeleteUserGrant": "nobody signs in to the double, so there is no grant",
    "DeleteSecret": "nobody signs in to the double, so the secret vault is empty",
}
"""Operations the double simulates whose every answer is an error, as on a fresh Logto OSS."""


async def _consent_keys_and_well_known(r: Recorder, a: str) -> None:
    """Third-party consent, CIMD, OIDC keys, SSO, tokens and the well-known answers."""
    third = await r.call(
        "POST",
        "/api/applications",
        200,
        json={"name": "Partner", "type": "Traditional", "isThirdParty": True},
    )
    first = await r.call("POST", "/api/applications", 200, json={"name": "Own", "type": "SPA"})
    api = await r.call(
        "POST", "/api/resources", 201, json={"name": "Books", "indicator": "https://books.test"}
    )
    read = await r.call("POST", f"/api/resources/{api['id']}/scopes", 201, json={"name": "read"})
    org_scope = await r.call("POST", "/api/organization-scopes", 201, json={"name": "see"})
    consent = f"/api/applications/{third['id']}/user-consent-scopes"
    body = {
        "resourceScopes": [read["id"]],
        "organizationScopes": [org_scope["id"]],
        "userScopes": ["profile", "email"],
    }
    await r.call("POST", f"/api/applications/{first['id']}/user-consent-scopes", 422, json=body)
    await r.call("POST", consent, 422, json={"resourceScopes": ["missing"]})
    await r.call("POST", consent, 201, json=body)
    scopes = await r.call("GET", consent, 200)
    assert scopes["resourceScopes"][0]["scopes"][0]["name"] == "read"
    assert scopes["userScopes"] == ["profile", "email"]
    await r.call("DELETE", f"{consent}/user-scopes/email", 204)
    await r.call("DELETE", f"{consent}/user-scopes/email", 404)
    await r.call("DELETE", f"{consent}/nonsense/email", 400)
    cimd = "/api/cimd/user-consent-scopes"
    await r.call("POST", cimd, 201, json={"resourceScopes": [read["id"]]})
    assert (await r.call("GET", cimd, 200))["resourceScopes"][0]["resource"]["name"] == "Books"
    await r.call("DELETE", f"{cimd}/resource-scopes/{read['id']}", 204)

    org = await r.call("POST", "/api/organizations", 201, json={"name": "Partners"})
    granted = f"/api/applications/{third['id']}/users/{a}/consent-organizations"
    await r.call("POST", granted, 422, json={"organizationIds": [org["id"]]})
    await r.call("POST", f"/api/organizations/{org['id']}/users", 201, json={"userIds": [a]})
    await r.call("POST", granted, 201, json={"organizationIds": [org["id"]]})
    assert [o["id"] for o in (await r.call("GET", granted, 200))["organizations"]] == [org["id"]]
    await r.call("PUT", granted, 204, json={"organizationIds": [org["id"]]})
    await r.call("DELETE", f"{granted}/{org['id']}", 204)
    await r.call("DELETE", f"{granted}/{org['id']}", 404)
    await r.call("GET", f"/api/applications/{first['id']}/users/{a}/consent-organizations", 422)

    await r.call("DELETE", f"/api/applications/{first['id']}/legacy-secret", 400)
    domains = f"/api/applications/{first['id']}/protected-app-metadata/custom-domains"
    await r.call("POST", domains, 422, json={"domain": "x.test"})
    missing = "/api/applications/missing/protected-app-metadata/custom-domains"
    await r.call("GET", missing, 404)  # Logto's document leaves out the 422 of these two:
    await r.call("DELETE", f"{missing}/x.test", 404)
    for method, path in (("GET", domains), ("DELETE", f"{domains}/x.test")):
        answer = await r.client.request(method, path)
        assert (answer.status_code, answer.json()["code"]) == (
            422,
            "application.protected_application_only",
        )
    await r.call("GET", "/api/systems/application", 501)

    keys = await r.call("GET", "/api/configs/oidc/private-keys", 200)
    await r.call("DELETE", f"/api/configs/oidc/private-keys/{keys[0]['id']}", 422)
    rotated = await r.call("POST", "/api/configs/oidc/private-keys/rotate", 200, json={})
    assert [k["status"] for k in rotated] == ["Current", "Previous"]
    await r.call("DELETE", f"/api/configs/oidc/private-keys/{rotated[0]['id']}", 422)
    await r.call("DELETE", f"/api/configs/oidc/private-keys/{rotated[1]['id']}", 204)
    await r.call("DELETE", "/api/configs/oidc/cookie-keys/missing", 422)
    await r.call("POST", "/api/configs/oidc/cookie-keys/rotate", 200, json={})

    sso = await r.call(
        "POST", "/api/sso-connectors", 200, json={"providerName": "OIDC", "connectorName": "Co"}
    )
    jit = f"/api/organizations/{org['id']}/jit/sso-connectors"
    await r.call("POST", jit, 422, json={"ssoConnectorIds": ["missing"]})
    await r.call("POST", jit, 201, json={"ssoConnectorIds": [sso["id"]]})
    assert [c["id"] for c in await r.call("GET", jit, 200)] == [sso["id"]]
    await r.call("PUT", jit, 204, json={"ssoConnectorIds": [sso["id"]]})
    await r.call("DELETE", f"{jit}/{sso['id']}", 204)
    again = await r.client.delete(f"{jit}/{sso['id']}")  # 404, left out of Logto's document
    assert (again.status_code, again.json()["code"]) == (404, "entity.not_found")
    providers = await r.call("GET", "/api/sso-connector-providers", 200)
    assert "OIDC" in {p["providerName"] for p in providers}

    await r.call("PATCH", f"/api/users/{a}/password/expiration", 400, json={"isExpired": True})
    await r.call("PATCH", f"/api/users/{a}/password/expiration", 200, json={"isExpired": False})
    await r.call("DELETE", f"/api/users/{a}/grants/missing", 404)
    token = await r.call("POST", "/api/subject-tokens", 201, json={"userId": a})
    assert token["subjectToken"].startswith("sub_")
    await r.call("POST", "/api/subject-tokens", 404, json={"userId": "missing"})
    await r.call("DELETE", "/api/secrets/missing", 404)
    await r.call("POST", "/api/domains/cleanup", 400, json={"staleDays": 7})
    assert (await r.call("GET", "/api/sign-in-exp", 200))["captchaPolicy"] == {}  # a fresh Logto
    await r.call("DELETE", "/api/captcha-provider", 204)
    # Logto turns captcha off in the sign-in experience when the provider goes.
    assert (await r.call("GET", "/api/sign-in-exp", 200))["captchaPolicy"] == {"enabled": False}
    await r.call(
        "POST", "/api/sentinel-activities/delete", 204, json={"targetType": "User", "targets": []}
    )
    hasura = await r.call(
        "GET", "/api/authn/hasura", 200, params={"resource": r.double.api_indicator}
    )
    assert hasura == {"X-Hasura-User-Id": r.double.app_id}
    await r.call("GET", "/api/.well-known/account-center", 200)
    experience = await r.call("GET", "/api/.well-known/sign-in-exp", 200)
    assert experience["socialConnectors"] == []
    assert "emailBlocklistPolicy" not in experience
    await r.call("GET", "/api/.well-known/experience", 200)


async def test_every_implemented_operation_matches_the_document(recorder: Recorder) -> None:
    r = recorder
    await r.call("GET", "/api/status", 204)
    a, b = await _users(r)
    await _roles_and_resources(r, a)
    await _organizations(r, a, b)
    await _organization_applications(r, a)
    await _consent_keys_and_well_known(r, a)
    logs = await r.call("GET", "/api/logs", 200, params={"page_size": 5})
    await r.call("GET", f"/api/logs/{logs[0]['id']}", 200)
    await r.call("DELETE", f"/api/users/{b}", 204)
    await r.call("DELETE", f"/api/users/{b}", 404)

    implemented = {o.operation_id for o in r.double.operations if o.kind == "stateful"}
    assert implemented - r.succeeded == set(ERROR_ONLY), "operations never exercised"
    assert set(ERROR_ONLY) <= set(r.statuses), "error-only operations never called"
    generic = {o.operation_id for o in r.double.operations if o.kind == "generic"}
    assert r.succeeded <= implemented | generic


def test_implemented_operations_exist_in_the_document() -> None:
    validator = openapi_validator()

    def shape(path: str) -> str:
        return re.sub(r"\{[^}]+\}", "{}", path)

    for operation in LogtoDouble().operations:
        method, path, _ = validator.operation(operation.operation_id)
        assert (method, shape(path)) == (operation.method, shape(operation.path))


def test_the_validator_rejects_bodies_that_break_the_schema() -> None:
    """The check above can fail: a user without ``id``, or with a number as name, is refused."""
    validator = openapi_validator()
    user = user_answer()
    validator.validate("GetUser", 200, user)  # nullable fields accept null
    with pytest.raises(AssertionError, match="'id' is a required property"):
        validator.validate("GetUser", 200, {k: v for k, v in user.items() if k != "id"})
    with pytest.raises(AssertionError, match="name"):
        validator.validate("GetUser", 200, {**user, "name": 5})


def test_schema_conversion() -> None:
    assert to_json_schema({"type": "string", "nullable": True, "format": "regex"}) == {
        "anyOf": [{"type": "string"}, {"type": "null"}]
    }
    assert to_json_schema({"type": "string", "pattern": "/^\\d+$/"}) == {
        "type": "string",
        "pattern": "^\\d+$",
    }
    assert to_json_schema({"oneOf": [{"type": "string", "format": "url"}]}) == {
        "anyOf": [{"type": "string"}]
    }
    # a property literally called "nullable" is a property, not the keyword
    assert to_json_schema({"properties": {"nullable": {"type": "boolean"}}}) == {
        "properties": {"nullable": {"type": "boolean"}}
    }
