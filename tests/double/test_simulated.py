"""Behaviour of the operations the double simulates beyond one request: what follows from the
state (consent cascades, OIDC key rotation, Hasura's roles, the well-known answers).

Each answer on its own is checked against the real Logto by the differential test and against
the document by ``test_testing_spec.py``; here is what a sequence of requests must show.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from _testing_support import api_client

from logto_management.testing import LogtoDouble


@pytest.fixture
def double() -> LogtoDouble:
    return LogtoDouble(seed=5)


@pytest.fixture
async def client(double: LogtoDouble) -> AsyncIterator[httpx.AsyncClient]:
    async with api_client(double) as client:
        yield client


async def _ok(client: httpx.AsyncClient, method: str, path: str, **kwargs: Any) -> Any:
    response = await client.request(method, path, **kwargs)
    assert response.is_success, f"{method} {path}: {response.text}"
    json_body = response.headers.get("content-type", "").startswith("application/json")
    return response.json() if json_body else None


async def _third_party_grant(client: httpx.AsyncClient) -> tuple[str, str, str, str]:
    """A third-party application, a user in an organization who granted it; their ids and the
    path of the granted organizations."""
    app = await _ok(
        client,
        "POST",
        "/api/applications",
        json={"name": "tp", "type": "Traditional", "isThirdParty": True},
    )
    user = await _ok(client, "POST", "/api/users", json={"username": "ann"})
    org = await _ok(client, "POST", "/api/organizations", json={"name": "Acme"})
    await _ok(
        client, "POST", f"/api/organizations/{org['id']}/users", json={"userIds": [user["id"]]}
    )
    granted = f"/api/applications/{app['id']}/users/{user['id']}/consent-organizations"
    await _ok(client, "POST", granted, json={"organizationIds": [org["id"]]})
    return app["id"], user["id"], org["id"], granted


async def _granted(client: httpx.AsyncClient, path: str) -> list[str]:
    return [o["id"] for o in (await _ok(client, "GET", path))["organizations"]]


async def test_leaving_an_organization_withdraws_its_grant(client: httpx.AsyncClient) -> None:
    _, user, org, granted = await _third_party_grant(client)
    assert await _granted(client, granted) == [org]
    await _ok(client, "DELETE", f"/api/organizations/{org}/users/{user}")
    assert await _granted(client, granted) == []


async def test_replacing_members_withdraws_the_grants_of_those_who_leave(
    client: httpx.AsyncClient,
) -> None:
    _, _, org, granted = await _third_party_grant(client)
    await _ok(client, "PUT", f"/api/organizations/{org}/users", json={"userIds": []})
    assert await _granted(client, granted) == []


async def test_deleting_an_organization_withdraws_its_grant(client: httpx.AsyncClient) -> None:
    _, _, org, granted = await _third_party_grant(client)
    await _ok(client, "DELETE", f"/api/organizations/{org}")
    assert await _granted(client, granted) == []


async def test_deleting_a_scope_takes_it_out_of_consent(client: httpx.AsyncClient) -> None:
    app, _, _, _ = await _third_party_grant(client)
    api = await _ok(
        client, "POST", "/api/resources", json={"name": "b", "indicator": "https://b.test"}
    )
    scope = await _ok(client, "POST", f"/api/resources/{api['id']}/scopes", json={"name": "read"})
    consent = f"/api/applications/{app}/user-consent-scopes"
    await _ok(client, "POST", consent, json={"resourceScopes": [scope["id"]]})
    await _ok(
        client, "POST", "/api/cimd/user-consent-scopes", json={"resourceScopes": [scope["id"]]}
    )
    assert len((await _ok(client, "GET", consent))["resourceScopes"]) == 1
    await _ok(client, "DELETE", f"/api/resources/{api['id']}/scopes/{scope['id']}")
    assert (await _ok(client, "GET", consent))["resourceScopes"] == []
    assert (await _ok(client, "GET", "/api/cimd/user-consent-scopes"))["resourceScopes"] == []


async def test_management_api_scopes_cannot_be_consented(
    client: httpx.AsyncClient, double: LogtoDouble
) -> None:
    app, _, _, _ = await _third_party_grant(client)
    management_scope = next(iter(double.store.scopes))
    response = await client.post(
        f"/api/applications/{app}/user-consent-scopes", json={"resourceScopes": [management_scope]}
    )
    assert (response.status_code, response.json()["code"]) == (
        422,
        "application.consent_management_api_scopes_not_allowed",
    )


async def test_private_key_rotation_with_a_grace_period_stages_the_next_key(
    client: httpx.AsyncClient,
) -> None:
    keys = "/api/configs/oidc/private-keys"
    (first,) = await _ok(client, "GET", keys)
    staged = await _ok(client, "POST", f"{keys}/rotate", json={"rotationGracePeriod": 60})
    assert [k["status"] for k in staged] == ["Next", "Current"]
    assert staged[1]["id"] == first["id"]
    again = await client.post(f"{keys}/rotate", json={})
    assert (again.status_code, again.json()["code"]) == (422, "oidc.invalid_request")
    cookie = await client.post(
        "/api/configs/oidc/cookie-keys/rotate", json={"rotationGracePeriod": 1}
    )
    assert (cookie.status_code, cookie.json()["code"]) == (422, "oidc.invalid_request")


async def test_rotated_keys_keep_two_and_only_a_previous_one_goes(
    client: httpx.AsyncClient,
) -> None:
    cookies = "/api/configs/oidc/cookie-keys"
    for _ in range(3):
        rotated = await _ok(client, "POST", f"{cookies}/rotate", json={})
    assert len(rotated) == 2
    await _ok(client, "DELETE", f"{cookies}/{rotated[1]['id']}")
    last = await client.delete(f"{cookies}/{rotated[0]['id']}")
    assert (last.status_code, last.json()["code"]) == (422, "oidc.key_required")
    keys = "/api/configs/oidc/private-keys"
    rotated = await _ok(client, "POST", f"{keys}/rotate", json={"signingKeyAlgorithm": "RSA"})
    assert rotated[0]["signingKeyAlgorithm"] == "RSA"
    current = await client.delete(f"{keys}/{rotated[0]['id']}")
    assert current.json()["code"] == "oidc.only_previous_key_can_be_deleted"
    missing = await client.delete(f"{keys}/nope")
    assert (missing.status_code, missing.json()["code"]) == (404, "oidc.key_not_found")


async def test_hasura_answers_the_token_subject_and_roles(double: LogtoDouble) -> None:
    async with api_client(double, authenticated=False) as anonymous:
        hasura = "/api/authn/hasura"
        resource = {"resource": double.api_indicator}
        assert (await anonymous.get(hasura, params=resource)).json() == {}
        asked = {**resource, "unauthorizedRole": "guest"}
        assert (await anonymous.get(hasura, params=asked)).json() == {"X-Hasura-Role": "guest"}
    async with api_client(double) as client:
        mine = await client.get(hasura, params=resource)
        assert mine.json() == {"X-Hasura-User-Id": double.app_id}
        other = await client.get(hasura, params={"resource": "https://other.test"})
        assert other.json() == {}
        anyway = await client.get(
            hasura, params={"resource": "https://other.test", "unauthorizedRole": "g"}
        )
        assert anyway.json() == {"X-Hasura-User-Id": double.app_id, "X-Hasura-Role": "g"}
        expected = await client.get(hasura, params=resource, headers={"Expected-Role": "admin"})
        assert (expected.status_code, expected.json()["code"]) == (
            401,
            "auth.expected_role_not_found",
        )


async def test_well_known_answers_follow_the_settings(double: LogtoDouble) -> None:
    async with api_client(double) as client:
        await _ok(client, "PATCH", "/api/account-center", json={"enabled": True})
        field = {"name": "team", "type": "Text", "label": "Team", "required": False}
        await _ok(client, "POST", "/api/custom-profile-fields", json=field)
    async with api_client(double, authenticated=False) as anonymous:
        center = await _ok(anonymous, "GET", "/api/.well-known/account-center")
        assert center["enabled"] is True
        experience = await _ok(anonymous, "GET", "/api/.well-known/experience")
        assert [f["name"] for f in experience["customProfileFieldCatalog"]] == ["team"]
        assert experience["forgotPassword"] == {"phone": False, "email": False}


async def test_password_expiration_follows_the_sign_in_experience(
    client: httpx.AsyncClient,
) -> None:
    user = await _ok(client, "POST", "/api/users", json={"username": "bob"})
    path = f"/api/users/{user['id']}/password/expiration"
    refused = await client.patch(path, json={"isExpired": True})
    assert refused.json()["code"] == "sign_in_experiences.password_expiration_not_enabled"
    policy = {"passwordExpiration": {"enabled": True, "validPeriodDays": 90}}
    await _ok(client, "PATCH", "/api/sign-in-exp", json=policy)
    expired = await _ok(client, "PATCH", path, json={"isExpired": True})
    assert expired["id"] == user["id"]
    assert "isPasswordExpired" not in expired
