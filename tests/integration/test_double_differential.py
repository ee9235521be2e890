"""The test double agrees with the real Logto on the scenarios it implements.

One scenario (users, roles, API resources and scopes, applications, organizations with members
and roles, hooks from the generic store, singletons, logs, and the usual errors) runs against a
real Logto (``logto_env``) and against a :class:`LogtoDouble`, each through a raw httpx client
with its own token. For every step the two answers are compared on:

* the status code and Logto's error ``code``;
* the pagination headers: whether ``Total-Number`` / ``Total-Number-Is-Capped`` are there, and
  which ``Link`` relations are sent;
* the body's shape: its keys and the JSON types of their values, recursively (a ``null`` on one
  side matches any type: nullability depends on the data, the shared server holds others').

What still differs is listed in ``KNOWN_DIFFERENCES`` with the reason: a difference not listed
fails the test, and so does a listed one that no longer shows (so the list stays true). The
README's "Limits of the double" repeats it for users.

Run: ``set -a; . "$(bash ../shared/logto-server/up.sh)"; set +a;
.venv/bin/pytest -o addopts="" tests/integration/test_double_differential.py``
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from logto_management.testing import LogtoDouble

from . import _release

pytestmark = pytest.mark.asyncio


@dataclass(frozen=True)
class Step:
    """One request of the scenario; ``{name}`` in path and body is an id captured earlier."""

    name: str
    method: str
    path: str
    body: Any = None
    params: Mapping[str, str] = field(default_factory=dict)
    capture: str | None = None
    """Keep the answer's ``id`` under this name."""


def scenario(u: str) -> list[Step]:
    """The steps, with names made unique by ``u`` (the real server's database is shared)."""
    user = {
        "username": f"diff_{u}",
        "primaryEmail": f"diff_{u}@example.com",
        "name": "Diff User",
        "password": "Passw0rd!x",
        "customData": {"plan": "free"},
        "profile": {"givenName": "Diff", "address": {"country": "NL"}},
    }
    return [
        # users
        Step("create user", "POST", "/api/users", user, capture="user"),
        Step("create user again", "POST", "/api/users", {"username": f"diff_{u}"}),
        Step("create user with a wrong type", "POST", "/api/users", {"username": 1}),
        Step("create user, malformed JSON", "POST", "/api/users", b"{oops"),
        Step(
            "search users",
            "GET",
            "/api/users",
            params={"search.username": f"diff_{u}", "mode.username": "exact", "page_size": "5"},
        ),
        Step("list users, page too large", "GET", "/api/users", params={"page_size": "101"}),
        Step("get user", "GET", "/api/users/{user}"),
        Step("get missing user", "GET", f"/api/users/missing{u}"),
        Step("update user", "PATCH", "/api/users/{user}", {"name": "Renamed", "avatar": None}),
        Step("get custom data", "GET", "/api/users/{user}/custom-data"),
        Step(
            "update custom data",
            "PATCH",
            "/api/users/{user}/custom-data",
            {"customData": {"seats": 2}},
        ),
        Step(
            "update profile", "PATCH", "/api/users/{user}/profile", {"profile": {"nickname": "d"}}
        ),
        Step("suspend user", "PATCH", "/api/users/{user}/is-suspended", {"isSuspended": True}),
        Step("set password", "PATCH", "/api/users/{user}/password", {"password": "N3w-passw0rd"}),
        Step("has password", "GET", "/api/users/{user}/has-password"),
        Step(
            "verify password",
            "POST",
            "/api/users/{user}/password/verify",
            {"password": "N3w-passw0rd"},
        ),
        Step(
            "verify wrong password",
            "POST",
            "/api/users/{user}/password/verify",
            {"password": "wrong"},
        ),
        # roles
        Step(
            "create role",
            "POST",
            "/api/roles",
            {"name": f"diff_role_{u}", "description": "Diff role"},
            capture="role",
        ),
        Step(
            "create role again",
            "POST",
            "/api/roles",
            {"name": f"diff_role_{u}", "description": "Diff role"},
        ),
        Step("get role", "GET", "/api/roles/{role}"),
        Step("update role", "PATCH", "/api/roles/{role}", {"description": "Changed"}),
        Step("search roles", "GET", "/api/roles", params={"search": f"%diff_role_{u}%"}),
        Step("assign user roles", "POST", "/api/users/{user}/roles", {"roleIds": ["{role}"]}),
        Step("assign user roles again", "POST", "/api/users/{user}/roles", {"roleIds": ["{role}"]}),
        Step("list user roles", "GET", "/api/users/{user}/roles"),
        Step("list role users", "GET", "/api/roles/{role}/users"),
        Step("remove user role", "DELETE", "/api/users/{user}/roles/{role}"),
        Step("get missing role", "GET", f"/api/roles/missing{u}"),
        # API resources and scopes
        Step(
            "create resource",
            "POST",
            "/api/resources",
            {"name": f"diff_api_{u}", "indicator": f"https://diff-{u}.example.com"},
            capture="resource",
        ),
        Step(
            "create resource again",
            "POST",
            "/api/resources",
            {"name": f"diff_api_{u}", "indicator": f"https://diff-{u}.example.com"},
        ),
        Step("get resource", "GET", "/api/resources/{resource}"),
        Step(
            "create scope",
            "POST",
            "/api/resources/{resource}/scopes",
            {"name": "read:diff", "description": "Read"},
            capture="scope",
        ),
        Step(
            "create scope with a space",
            "POST",
            "/api/resources/{resource}/scopes",
            {"name": "read diff"},
        ),
        Step("list scopes", "GET", "/api/resources/{resource}/scopes", params={"page_size": "5"}),
        Step("add role scopes", "POST", "/api/roles/{role}/scopes", {"scopeIds": ["{scope}"]}),
        Step("list role scopes", "GET", "/api/roles/{role}/scopes"),
        Step("delete scope", "DELETE", "/api/resources/{resource}/scopes/{scope}"),
        Step("delete resource", "DELETE", "/api/resources/{resource}"),
        # applications
        Step(
            "create application",
            "POST",
            "/api/applications",
            {"name": f"diff_app_{u}", "type": "MachineToMachine", "description": "Diff"},
            capture="app",
        ),
        Step(
            "create application of a wrong type",
            "POST",
            "/api/applications",
            {"name": f"diff_bad_{u}", "type": "Nope"},
        ),
        Step("get application", "GET", "/api/applications/{app}"),
        Step("get missing application", "GET", f"/api/applications/missing{u}"),
        Step("update application", "PATCH", "/api/applications/{app}", {"description": "New"}),
        Step("list application secrets", "GET", "/api/applications/{app}/secrets"),
        Step(
            "list applications by type",
            "GET",
            "/api/applications",
            params={"types": "MachineToMachine", "search": f"%diff_app_{u}%", "page_size": "5"},
        ),
        Step("delete application", "DELETE", "/api/applications/{app}"),
        # organizations
        Step(
            "create organization",
            "POST",
            "/api/organizations",
            {"name": f"diff_org_{u}", "description": "Diff org"},
            capture="org",
        ),
        Step(
            "create organization role",
            "POST",
            "/api/organization-roles",
            {"name": f"diff_orgrole_{u}"},
            capture="orgrole",
        ),
        Step(
            "create organization role again",
            "POST",
            "/api/organization-roles",
            {"name": f"diff_orgrole_{u}"},
        ),
        Step("get organization", "GET", "/api/organizations/{org}"),
        Step(
            "add organization users",
            "POST",
            "/api/organizations/{org}/users",
            {"userIds": ["{user}"]},
        ),
        Step(
            "add missing organization user",
            "POST",
            "/api/organizations/{org}/users",
            {"userIds": [f"missing{u}"]},
        ),
        Step(
            "assign organization roles",
            "POST",
            "/api/organizations/{org}/users/{user}/roles",
            {"organizationRoleIds": ["{orgrole}"]},
        ),
        Step("list organization users", "GET", "/api/organizations/{org}/users"),
        Step("list member roles", "GET", "/api/organizations/{org}/users/{user}/roles"),
        Step("list user organizations", "GET", "/api/users/{user}/organizations"),
        Step("list user sessions", "GET", "/api/users/{user}/sessions"),
        Step("list user grants", "GET", "/api/users/{user}/grants"),
        Step("list user MFA verifications", "GET", "/api/users/{user}/mfa-verifications"),
        Step(
            "list MFA verifications of a missing user",
            "GET",
            f"/api/users/missing{u}/mfa-verifications",
        ),
        Step("list all user identities", "GET", "/api/users/{user}/all-identities"),
        Step(
            "list username conflicts",
            "GET",
            "/api/sign-in-exp/username-policy/case-sensitivity-conflicts",
        ),
        Step("get user asset service status", "GET", "/api/user-assets/service-status"),
        Step(
            "create invitation",
            "POST",
            "/api/organization-invitations",
            {
                "invitee": f"invitee_{u}@example.com",
                "organizationId": "{org}",
                "expiresAt": 4_102_444_800_000,
                "organizationRoleIds": ["{orgrole}"],
            },
            capture="invitation",
        ),
        Step("get invitation", "GET", "/api/organization-invitations/{invitation}"),
        # organization applications, scopes of members, resource scopes, JIT
        Step(
            "create machine-to-machine application",
            "POST",
            "/api/applications",
            {"name": f"diff_robot_{u}", "type": "MachineToMachine"},
            capture="robot",
        ),
        Step(
            "create SPA",
            "POST",
            "/api/applications",
            {"name": f"diff_spa_{u}", "type": "SPA"},
            capture="spa",
        ),
        Step(
            "create machine-to-machine organization role",
            "POST",
            "/api/organization-roles",
            {"name": f"diff_robotrole_{u}", "type": "MachineToMachine"},
            capture="robotrole",
        ),
        Step(
            "create organization scope",
            "POST",
            "/api/organization-scopes",
            {"name": f"diff_oscope_{u}"},
            capture="oscope",
        ),
        Step(
            "add SPA to organization",
            "POST",
            "/api/organizations/{org}/applications",
            {"applicationIds": ["{spa}"]},
        ),
        Step(
            "add missing application to organization",
            "POST",
            "/api/organizations/{org}/applications",
            {"applicationIds": [f"missing{u}"]},
        ),
        Step(
            "add application to organization",
            "POST",
            "/api/organizations/{org}/applications",
            {"applicationIds": ["{robot}"]},
        ),
        Step("list organization applications", "GET", "/api/organizations/{org}/applications"),
        Step(
            "give an application a user role",
            "POST",
            "/api/organizations/{org}/applications/{robot}/roles",
            {"organizationRoleIds": ["{orgrole}"]},
        ),
        Step(
            "give an application a machine role",
            "POST",
            "/api/organizations/{org}/applications/{robot}/roles",
            {"organizationRoleIds": ["{robotrole}"]},
        ),
        Step(
            "list application roles",
            "GET",
            "/api/organizations/{org}/applications/{robot}/roles",
        ),
        Step(
            "list roles of an application outside",
            "GET",
            "/api/organizations/{org}/applications/{spa}/roles",
        ),
        Step("list application organizations", "GET", "/api/applications/{robot}/organizations"),
        Step(
            "remove application role",
            "DELETE",
            "/api/organizations/{org}/applications/{robot}/roles/{robotrole}",
        ),
        Step(
            "remove application role again",
            "DELETE",
            "/api/organizations/{org}/applications/{robot}/roles/{robotrole}",
        ),
        Step("remove application", "DELETE", "/api/organizations/{org}/applications/{robot}"),
        Step(
            "remove application again",
            "DELETE",
            "/api/organizations/{org}/applications/{robot}",
        ),
        Step(
            "add organization role scope",
            "POST",
            "/api/organization-roles/{orgrole}/scopes",
            {"organizationScopeIds": ["{oscope}"]},
        ),
        Step("list member scopes", "GET", "/api/organizations/{org}/users/{user}/scopes"),
        Step(
            "list organization role resource scopes",
            "GET",
            "/api/organization-roles/{orgrole}/resource-scopes",
        ),
        Step(
            "add missing organization role resource scope",
            "POST",
            "/api/organization-roles/{orgrole}/resource-scopes",
            {"scopeIds": [f"missing{u}"]},
        ),
        Step("list JIT roles", "GET", "/api/organizations/{org}/jit/roles"),
        Step(
            "add JIT role",
            "POST",
            "/api/organizations/{org}/jit/roles",
            {"organizationRoleIds": ["{orgrole}"]},
        ),
        Step("list JIT roles again", "GET", "/api/organizations/{org}/jit/roles"),
        Step("remove JIT role", "DELETE", "/api/organizations/{org}/jit/roles/{orgrole}"),
        Step("remove JIT role again", "DELETE", "/api/organizations/{org}/jit/roles/{orgrole}"),
        Step(
            "replace JIT email domains",
            "PUT",
            "/api/organizations/{org}/jit/email-domains",
            {"emailDomains": [f"diff-{u}.example.com"]},
        ),
        Step("list JIT email domains", "GET", "/api/organizations/{org}/jit/email-domains"),
        Step(
            "add JIT email domain",
            "POST",
            "/api/organizations/{org}/jit/email-domains",
            {"emailDomain": f"more-{u}.example.com"},
        ),
        Step(
            "update application custom data",
            "PATCH",
            "/api/applications/{robot}/custom-data",
            {"tier": "gold"},
        ),
        # third-party consent, CIMD, JIT SSO connectors (the user is still a member of {org})
        Step(
            "create third-party application",
            "POST",
            "/api/applications",
            {"name": f"diff_tp_{u}", "type": "Traditional", "isThirdParty": True},
            capture="tpapp",
        ),
        Step(
            "create consent resource",
            "POST",
            "/api/resources",
            {"name": f"diff_capi_{u}", "indicator": f"https://capi-{u}.example.com"},
            capture="cresource",
        ),
        Step(
            "create consent scope",
            "POST",
            "/api/resources/{cresource}/scopes",
            {"name": "read:consent"},
            capture="cscope",
        ),
        Step(
            "add consent scopes to a first-party application",
            "POST",
            "/api/applications/{spa}/user-consent-scopes",
            {"userScopes": ["profile"]},
        ),
        Step(
            "add a missing consent scope",
            "POST",
            "/api/applications/{tpapp}/user-consent-scopes",
            {"resourceScopes": [f"missing{u}"]},
        ),
        Step(
            "add consent scopes",
            "POST",
            "/api/applications/{tpapp}/user-consent-scopes",
            {
                "resourceScopes": ["{cscope}"],
                "organizationScopes": ["{oscope}"],
                "userScopes": ["profile", "email"],
            },
        ),
        Step("list consent scopes", "GET", "/api/applications/{tpapp}/user-consent-scopes"),
        Step(
            "remove consent user scope",
            "DELETE",
            "/api/applications/{tpapp}/user-consent-scopes/user-scopes/email",
        ),
        Step(
            "remove consent user scope again",
            "DELETE",
            "/api/applications/{tpapp}/user-consent-scopes/user-scopes/email",
        ),
        Step(
            "remove consent scope of no type",
            "DELETE",
            "/api/applications/{tpapp}/user-consent-scopes/nonsense/email",
        ),
        Step(
            "list consent scopes of a missing application",
            "GET",
            f"/api/applications/missing{u}/user-consent-scopes",
        ),
        Step(
            "grant an organization",
            "POST",
            "/api/applications/{tpapp}/users/{user}/consent-organizations",
            {"organizationIds": ["{org}"]},
        ),
        Step(
            "grant an organization the user is not in",
            "POST",
            "/api/applications/{tpapp}/users/{user}/consent-organizations",
            {"organizationIds": [f"missing{u}"]},
        ),
        Step(
            "list granted organizations",
            "GET",
            "/api/applications/{tpapp}/users/{user}/consent-organizations",
        ),
        Step(
            "replace granted organizations",
            "PUT",
            "/api/applications/{tpapp}/users/{user}/consent-organizations",
            {"organizationIds": ["{org}"]},
        ),
        Step(
            "revoke granted organization",
            "DELETE",
            "/api/applications/{tpapp}/users/{user}/consent-organizations/{org}",
        ),
        Step(
            "revoke granted organization again",
            "DELETE",
            "/api/applications/{tpapp}/users/{user}/consent-organizations/{org}",
        ),
        Step(
            "list organizations granted to a first-party application",
            "GET",
            "/api/applications/{spa}/users/{user}/consent-organizations",
        ),
        Step(
            "add CIMD consent scope",
            "POST",
            "/api/cimd/user-consent-scopes",
            {"resourceScopes": ["{cscope}"]},
        ),
        Step("list CIMD consent scopes", "GET", "/api/cimd/user-consent-scopes"),
        Step(
            "remove CIMD consent scope",
            "DELETE",
            "/api/cimd/user-consent-scopes/resource-scopes/{cscope}",
        ),
        Step(
            "remove CIMD consent scope again",
            "DELETE",
            "/api/cimd/user-consent-scopes/resource-scopes/{cscope}",
        ),
        Step(
            "add a missing CIMD consent scope",
            "POST",
            "/api/cimd/user-consent-scopes",
            {"organizationScopes": [f"missing{u}"]},
        ),
        Step("delete third-party application", "DELETE", "/api/applications/{tpapp}"),
        Step("delete consent resource", "DELETE", "/api/resources/{cresource}"),
        Step(
            "create JIT SSO connector",
            "POST",
            "/api/sso-connectors",
            {"providerName": "OIDC", "connectorName": f"diff_jit_{u}"},
            capture="jitsso",
        ),
        Step(
            "add missing JIT SSO connector",
            "POST",
            "/api/organizations/{org}/jit/sso-connectors",
            {"ssoConnectorIds": [f"missing{u}"]},
        ),
        Step(
            "add JIT SSO connector",
            "POST",
            "/api/organizations/{org}/jit/sso-connectors",
            {"ssoConnectorIds": ["{jitsso}"]},
        ),
        Step("list JIT SSO connectors", "GET", "/api/organizations/{org}/jit/sso-connectors"),
        Step(
            "replace JIT SSO connectors",
            "PUT",
            "/api/organizations/{org}/jit/sso-connectors",
            {"ssoConnectorIds": ["{jitsso}"]},
        ),
        Step(
            "remove JIT SSO connector",
            "DELETE",
            "/api/organizations/{org}/jit/sso-connectors/{jitsso}",
        ),
        Step(
            "remove JIT SSO connector again",
            "DELETE",
            "/api/organizations/{org}/jit/sso-connectors/{jitsso}",
        ),
        Step("delete JIT SSO connector", "DELETE", "/api/sso-connectors/{jitsso}"),
        # what a fresh Logto OSS answers for Cloud features and what nobody signed in to
        Step("delete legacy secret", "DELETE", "/api/applications/{spa}/legacy-secret"),
        Step(
            "list protected app custom domains",
            "GET",
            "/api/applications/{spa}/protected-app-metadata/custom-domains",
        ),
        Step(
            "add protected app custom domain",
            "POST",
            "/api/applications/{spa}/protected-app-metadata/custom-domains",
            {"domain": f"d-{u}.example.com"},
        ),
        Step(
            "delete protected app custom domain",
            "DELETE",
            f"/api/applications/{{spa}}/protected-app-metadata/custom-domains/d-{u}.example.com",
        ),
        Step("get system application config", "GET", "/api/systems/application"),
        Step("clean up stale domains", "POST", "/api/domains/cleanup", {"staleDays": 36500}),
        Step("clean up domains without days", "POST", "/api/domains/cleanup", {}),
        Step("revoke a missing grant", "DELETE", f"/api/users/{{user}}/grants/missing{u}"),
        Step("delete a missing secret", "DELETE", f"/api/secrets/missing{u}"),
        Step(
            "expire password",
            "PATCH",
            "/api/users/{user}/password/expiration",
            {"isExpired": True},
        ),
        Step(
            "keep password",
            "PATCH",
            "/api/users/{user}/password/expiration",
            {"isExpired": False},
        ),
        Step("expire password without a body", "PATCH", "/api/users/{user}/password/expiration"),
        Step("create subject token", "POST", "/api/subject-tokens", {"userId": "{user}"}),
        Step(
            "create subject token of a missing user",
            "POST",
            "/api/subject-tokens",
            {"userId": f"missing{u}"},
        ),
        Step(
            "delete sentinel activities",
            "POST",
            "/api/sentinel-activities/delete",
            {"targetType": "User", "targets": [f"nobody_{u}"]},
        ),
        Step(
            "delete sentinel activities of no type",
            "POST",
            "/api/sentinel-activities/delete",
            {"targets": []},
        ),
        Step(
            "ask Hasura about another resource",
            "GET",
            "/api/authn/hasura",
            params={"resource": f"https://nope-{u}.example.com"},
        ),
        Step(
            "ask Hasura about another resource, with an unauthorized role",
            "GET",
            "/api/authn/hasura",
            params={"resource": f"https://nope-{u}.example.com", "unauthorizedRole": "anon"},
        ),
        Step("ask Hasura without a resource", "GET", "/api/authn/hasura"),
        Step("list OIDC private keys", "GET", "/api/configs/oidc/private-keys"),
        Step("list OIDC cookie keys", "GET", "/api/configs/oidc/cookie-keys"),
        Step("list OIDC keys of no type", "GET", "/api/configs/oidc/nonsense"),
        Step("list SSO connector providers", "GET", "/api/sso-connector-providers"),
        Step("get well-known account center", "GET", "/api/.well-known/account-center"),
        # Captcha off on both, whatever this database saw before: a fresh Logto has
        # captchaPolicy {}, and deleting the provider (any time since) makes it {enabled: false}.
        Step("delete captcha provider", "DELETE", "/api/captcha-provider"),
        Step("get well-known sign-in experience", "GET", "/api/.well-known/sign-in-exp"),
        Step("get well-known experience", "GET", "/api/.well-known/experience"),
        Step("delete machine-to-machine application", "DELETE", "/api/applications/{robot}"),
        Step("delete SPA", "DELETE", "/api/applications/{spa}"),
        Step("delete machine role", "DELETE", "/api/organization-roles/{robotrole}"),
        Step("delete organization scope", "DELETE", "/api/organization-scopes/{oscope}"),
        Step("delete invitation", "DELETE", "/api/organization-invitations/{invitation}"),
        Step("remove organization user", "DELETE", "/api/organizations/{org}/users/{user}"),
        Step("delete organization role", "DELETE", "/api/organization-roles/{orgrole}"),
        Step("delete organization", "DELETE", "/api/organizations/{org}"),
        Step("delete organization again", "DELETE", "/api/organizations/{org}"),
        # hooks (the generic store)
        Step(
            "create hook",
            "POST",
            "/api/hooks",
            {
                "name": f"diff_hook_{u}",
                "events": ["User.Created"],
                "config": {"url": "https://example.com/hook"},
            },
            capture="hook",
        ),
        Step("create hook without config", "POST", "/api/hooks", {"name": "x"}),
        Step("get hook", "GET", "/api/hooks/{hook}"),
        Step(
            "create hook without events",
            "POST",
            "/api/hooks",
            {"config": {"url": "https://x.example.com"}},
        ),
        Step("renew hook signing key", "PATCH", "/api/hooks/{hook}/signing-key"),
        Step("renew missing hook signing key", "PATCH", f"/api/hooks/missing{u}/signing-key"),
        Step("list hook recent logs", "GET", "/api/hooks/{hook}/recent-logs"),
        Step("update hook", "PATCH", "/api/hooks/{hook}", {"name": f"diff_hook2_{u}"}),
        Step("list hooks", "GET", "/api/hooks", params={"page": "1", "page_size": "100"}),
        Step("delete hook", "DELETE", "/api/hooks/{hook}"),
        Step("get deleted hook", "GET", "/api/hooks/{hook}"),
        Step("delete missing hook", "DELETE", f"/api/hooks/missing{u}"),
        # more of the generic store
        Step(
            "create one-time token",
            "POST",
            "/api/one-time-tokens",
            {"email": f"ott_{u}@example.com"},
            capture="ott",
        ),
        Step("get one-time token", "GET", "/api/one-time-tokens/{ott}"),
        Step(
            "verify a wrong one-time token",
            "POST",
            "/api/one-time-tokens/verify",
            {"email": f"ott_{u}@example.com", "token": "wrong"},
        ),
        Step(
            "revoke one-time token",
            "PUT",
            "/api/one-time-tokens/{ott}/status",
            {"status": "revoked"},
        ),
        Step(
            "revoke missing one-time token",
            "PUT",
            f"/api/one-time-tokens/missing{u}/status",
            {"status": "revoked"},
        ),
        Step("list one-time tokens", "GET", "/api/one-time-tokens", params={"page_size": "2"}),
        Step("delete one-time token", "DELETE", "/api/one-time-tokens/{ott}"),
        Step("get missing one-time token", "GET", "/api/one-time-tokens/{ott}"),
        Step(
            "create personal access token",
            "POST",
            "/api/users/{user}/personal-access-tokens",
            {"name": f"pat_{u}"},
        ),
        Step("list personal access tokens", "GET", "/api/users/{user}/personal-access-tokens"),
        Step(
            "rename personal access token",
            "PATCH",
            "/api/users/{user}/personal-access-tokens",
            {"currentName": f"pat_{u}", "name": f"pat2_{u}"},
        ),
        Step(
            "rename missing personal access token",
            "PATCH",
            "/api/users/{user}/personal-access-tokens",
            {"currentName": f"none_{u}", "name": f"pat3_{u}"},
        ),
        Step(
            "delete personal access token by POST",
            "POST",
            "/api/users/{user}/personal-access-tokens/delete",
            {"name": f"pat2_{u}"},
        ),
        Step(
            "create personal access token again",
            "POST",
            "/api/users/{user}/personal-access-tokens",
            {"name": f"pat_{u}"},
        ),
        Step(
            "delete personal access token",
            "DELETE",
            f"/api/users/{{user}}/personal-access-tokens/pat_{u}",
        ),
        Step(
            "delete missing personal access token",
            "DELETE",
            f"/api/users/{{user}}/personal-access-tokens/pat_{u}",
        ),
        Step(
            "create custom profile field",
            "POST",
            "/api/custom-profile-fields",
            {"name": f"f{u}", "type": "Text", "label": "Field", "required": False},
        ),
        Step("get custom profile field", "GET", f"/api/custom-profile-fields/f{u}"),
        Step(
            "create custom profile fields in a batch",
            "POST",
            "/api/custom-profile-fields/batch",
            [
                {"name": f"g{u}", "type": "Text", "label": "G", "required": False},
                {"name": f"h{u}", "type": "Text", "label": "H", "required": True},
            ],
        ),
        Step(
            "order custom profile fields",
            "POST",
            "/api/custom-profile-fields/properties/sie-order",
            {"order": [{"name": f"h{u}", "sieOrder": 1}, {"name": f"g{u}", "sieOrder": 2}]},
        ),
        Step("delete batch field g", "DELETE", f"/api/custom-profile-fields/g{u}"),
        Step("delete batch field h", "DELETE", f"/api/custom-profile-fields/h{u}"),
        # email templates, under a language tag nobody else uses
        Step(
            "replace email templates",
            "PUT",
            "/api/email-templates",
            {
                "templates": [
                    {
                        "languageTag": f"x-{u[:8]}",
                        "templateType": "SignIn",
                        "details": {"subject": "Code", "content": "<p>{{code}}</p>"},
                    }
                ]
            },
        ),
        Step(
            "list email templates of a language",
            "GET",
            "/api/email-templates",
            params={"languageTag": f"x-{u[:8]}"},
        ),
        Step(
            "delete email templates of a language",
            "DELETE",
            "/api/email-templates",
            params={"languageTag": f"x-{u[:8]}"},
        ),
        Step(
            "delete email templates of a language again",
            "DELETE",
            "/api/email-templates",
            params={"languageTag": f"x-{u[:8]}"},
        ),
        Step("delete custom profile field", "DELETE", f"/api/custom-profile-fields/f{u}"),
        Step("get missing custom profile field", "GET", f"/api/custom-profile-fields/f{u}"),
        Step(
            "create SSO connector",
            "POST",
            "/api/sso-connectors",
            {"providerName": "OIDC", "connectorName": f"diff_sso_{u}"},
            capture="sso",
        ),
        Step("get SSO connector", "GET", "/api/sso-connectors/{sso}"),
        Step(
            "update SSO connector",
            "PATCH",
            "/api/sso-connectors/{sso}",
            {"connectorName": f"diff_sso2_{u}", "domains": [f"diff-{u}.example.com"]},
        ),
        Step("create SSO connector without provider", "POST", "/api/sso-connectors", {}),
        Step(
            "create hook with a wrong type",
            "POST",
            "/api/hooks",
            {"name": 1, "events": ["User.Created"], "config": {"url": "https://x.example.com"}},
        ),
        Step(
            "create one-time token without email", "POST", "/api/one-time-tokens", {"context": {}}
        ),
        Step("delete SSO connector", "DELETE", "/api/sso-connectors/{sso}"),
        Step("get missing SSO connector", "GET", "/api/sso-connectors/{sso}"),
        # missing entities
        Step("get missing resource", "GET", f"/api/resources/missing{u}"),
        Step("get missing organization", "GET", f"/api/organizations/missing{u}"),
        Step("get missing organization scope", "GET", f"/api/organization-scopes/missing{u}"),
        Step("get missing organization role", "GET", f"/api/organization-roles/missing{u}"),
        Step("get missing log", "GET", f"/api/logs/missing{u}"),
        Step("list roles of a missing user", "GET", f"/api/users/missing{u}/roles"),
        # singletons and logs (read only: the real server's configuration is shared)
        Step("get account center", "GET", "/api/account-center"),
        Step("count users", "GET", "/api/dashboard/users/total"),
        Step("count new users", "GET", "/api/dashboard/users/new"),
        Step("count active users", "GET", "/api/dashboard/users/active"),
        Step("get admin console config", "GET", "/api/configs/admin-console"),
        Step("get OIDC session config", "GET", "/api/configs/oidc/session"),
        Step("get ID token config", "GET", "/api/configs/id-token"),
        Step("get sign-in experience", "GET", "/api/sign-in-exp"),
        Step("list custom phrases", "GET", "/api/custom-phrases"),
        Step("list logs", "GET", "/api/logs", params={"page_size": "3"}),
        # clean up
        Step("delete role", "DELETE", "/api/roles/{role}"),
        Step("delete user", "DELETE", "/api/users/{user}"),
        Step("delete user again", "DELETE", "/api/users/{user}"),
    ]


KNOWN_DIFFERENCES: dict[str, str] = {}
"""``"step: difference"`` -> why the double still differs there."""


# --- running -------------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    code: str | None
    paging: tuple[bool, bool, tuple[str, ...]]
    shape: Any
    total: str | None


def _without_neighbours(
    paging: tuple[bool, bool, tuple[str, ...]],
) -> tuple[bool, bool, tuple[str, ...]]:
    return paging[0], paging[1], tuple(r for r in paging[2] if r not in ("next", "prev"))


def _fill(value: Any, ids: Mapping[str, str]) -> Any:
    if isinstance(value, str):
        return re.sub(r"\{(\w+)\}", lambda m: ids.get(m.group(1), m.group(0)), value)
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    return value


def _shape(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return ["list", _shape(value[0]) if value else None]
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "string"


def _answer(response: httpx.Response) -> Answer:
    body: Any = None
    if response.headers.get("content-type", "").startswith("application/json"):
        body = response.json()
    code = body.get("code") if isinstance(body, dict) and response.status_code >= 400 else None
    rels = tuple(sorted(re.findall(r'rel="(\w+)"', response.headers.get("link", ""))))
    paging = (
        "total-number" in response.headers,
        "total-number-is-capped" in response.headers,
        rels,
    )
    total = response.headers.get("total-number")
    return Answer(response.status_code, code, paging, _shape(body), total)


async def _run(
    client: httpx.AsyncClient, steps: list[Step], ids: dict[str, str]
) -> dict[str, Answer]:
    """Run the steps; ``ids`` collects the captured ids (kept when a step raises)."""
    answers: dict[str, Answer] = {}
    for step in steps:
        path = _fill(step.path, ids)
        kwargs: dict[str, Any] = {"params": dict(step.params)}
        if isinstance(step.body, bytes):
            kwargs["content"] = step.body
            kwargs["headers"] = {"content-type": "application/json"}
        elif step.body is not None:
            kwargs["json"] = _fill(step.body, ids)
        response = await client.request(step.method, path, **kwargs)
        answers[step.name] = _answer(response)
        if step.capture and response.is_success:
            ids[step.capture] = response.json()["id"]
    return answers


def _shape_differences(real: Any, double: Any, where: str) -> list[str]:
    if real == "null" or double == "null" or real is None or double is None:
        return []
    if isinstance(real, dict) and isinstance(double, dict):
        out = [f"{where}.{k} only on the server" for k in real if k not in double]
        out += [f"{where}.{k} only in the double" for k in double if k not in real]
        for key in real.keys() & double.keys():
            out += _shape_differences(real[key], double[key], f"{where}.{key}")
        return out
    if isinstance(real, list) and isinstance(double, list):
        return _shape_differences(real[1], double[1], f"{where}[]")
    if real != double:
        return [f"{where} is {_kind(real)} on the server, {_kind(double)} in the double"]
    return []


def _kind(shape: Any) -> str:
    return "object" if isinstance(shape, dict) else "array" if isinstance(shape, list) else shape


def differences(real: Answer, double: Answer) -> list[str]:
    out = []
    real_paging, double_paging = real.paging, double.paging
    if real.total != double.total:  # next/prev depend on how much data each side holds
        real_paging, double_paging = (
            _without_neighbours(real.paging),
            _without_neighbours(double.paging),
        )
    if real.status != double.status:
        out.append(f"status {real.status} on the server, {double.status} in the double")
    if real.code != double.code:
        out.append(f"code {real.code} on the server, {double.code} in the double")
    if real_paging != double_paging:
        out.append(f"pagination headers {real_paging} on the server, {double_paging} in the double")
    if real.status == double.status:
        out += _shape_differences(real.shape, double.shape, "body")
    return out


# --- the test ------------------------------------------------------------------------------


async def _token(client: httpx.AsyncClient, app_id: str, secret: str, resource: str) -> None:
    response = await client.post(
        "/oidc/token",
        auth=(app_id, secret),
        data={"grant_type": "client_credentials", "resource": resource, "scope": "all"},
    )
    response.raise_for_status()
    client.headers["Authorization"] = f"Bearer {response.json()['access_token']}"


@contextlib.asynccontextmanager
async def _real(env: Mapping[str, str]) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=env["LOGTO_ENDPOINT"], timeout=30) as client:
        await _token(client, env["LOGTO_APP_ID"], env["LOGTO_APP_SECRET"], env["LOGTO_RESOURCE"])
        yield client


@contextlib.asynccontextmanager
async def _double(env: Mapping[str, str]) -> AsyncIterator[httpx.AsyncClient]:
    double = LogtoDouble(api_indicator=env["LOGTO_RESOURCE"])
    # The same origin as the server, so that Link URLs compare equal as well.
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=double), base_url=env["LOGTO_ENDPOINT"]
    ) as client:
        await _token(client, double.app_id, double.app_secret, double.api_indicator)
        yield client


_CLEANUP = {
    "tpapp": "/api/applications/{}",
    "cresource": "/api/resources/{}",
    "jitsso": "/api/sso-connectors/{}",
    "robot": "/api/applications/{}",
    "spa": "/api/applications/{}",
    "robotrole": "/api/organization-roles/{}",
    "oscope": "/api/organization-scopes/{}",
    "hook": "/api/hooks/{}",
    "ott": "/api/one-time-tokens/{}",
    "sso": "/api/sso-connectors/{}",
    "invitation": "/api/organization-invitations/{}",
    "org": "/api/organizations/{}",
    "orgrole": "/api/organization-roles/{}",
    "app": "/api/applications/{}",
    "resource": "/api/resources/{}",
    "role": "/api/roles/{}",
    "user": "/api/users/{}",
}


async def test_the_double_answers_like_the_real_server(
    logto_env: dict[str, str], unique: str
) -> None:
    if not _release.is_client_release():
        # The double keeps the behaviour of the document the client is generated from (master).
        pytest.skip(
            f"the double answers like {_release.names()[-1]}, not {_release.server_release()}"
        )
    steps = scenario(unique)
    created: dict[str, str] = {}
    async with _real(logto_env) as real_client:
        try:
            real = await _run(real_client, steps, created)
        finally:  # whatever the scenario did not delete (a failed run) leaves the shared server
            for name, template in _CLEANUP.items():
                if name in created:
                    await real_client.delete(template.format(created[name]))
    async with _double(logto_env) as double_client:
        double = await _run(double_client, steps, {})

    found: dict[str, str] = {}
    for step in steps:
        for difference in differences(real[step.name], double[step.name]):
            found[f"{step.name}: {difference}"] = ""
    unexpected = sorted(set(found) - set(KNOWN_DIFFERENCES))
    fixed = sorted(set(KNOWN_DIFFERENCES) - set(found))
    print(f"\n{len(steps)} steps compared, {len(found)} differences")
    assert not unexpected, "the double differs from the server:\n" + "\n".join(unexpected)
    assert not fixed, "no longer different (remove from KNOWN_DIFFERENCES):\n" + "\n".join(fixed)
