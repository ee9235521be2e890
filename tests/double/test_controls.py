"""The double's token endpoint, bearer checks and test controls, in-process."""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any

import httpx
import pytest
from _testing_support import api_client, request_token

from logto_management.testing import LogtoDouble


def claims(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    decoded: dict[str, Any] = json.loads(
        base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    )
    return decoded


# --- token endpoint ------------------------------------------------------------------------


async def test_token_claims_follow_the_configured_lifetime() -> None:
    double = LogtoDouble(token_ttl=120)
    async with api_client(double, authenticated=False) as client:
        response = await request_token(client, double)
        body = response.json()
        assert body["expires_in"] == 120
        assert body["token_type"] == "Bearer"
        assert body["scope"] == "all"
        token = claims(body["access_token"])
        assert token["sub"] == token["client_id"] == double.app_id
        assert token["aud"] == double.api_indicator
        assert token["iss"] == "http://logto.test/oidc"
        assert token["exp"] - token["iat"] == 120
        assert response.headers["cache-control"] == "no-store"


async def test_client_secret_post_and_client_authentication_errors() -> None:
    double = LogtoDouble()
    async with api_client(double, authenticated=False) as client:
        form = {"grant_type": "client_credentials", "resource": double.api_indicator}
        ok = await client.post(
            "/oidc/token",
            data={**form, "client_id": double.app_id, "client_secret": double.app_secret},
        )
        assert ok.status_code == 200
        assert "scope" not in ok.json()  # no scope asked, none granted (recorded)

        cases: list[tuple[dict[str, str], tuple[str, str] | None, int, str]] = [
            (
                {**form, "client_id": double.app_id, "client_secret": "nope"},
                None,
                401,
                "invalid_client",
            ),
            ({**form, "client_id": "unknown", "client_secret": "x"}, None, 401, "invalid_client"),
            (form, None, 400, "invalid_request"),
            (
                {**form, "client_secret": double.app_secret},
                (double.app_id, double.app_secret),
                400,
                "invalid_request",
            ),
            (
                {"resource": double.api_indicator},
                (double.app_id, double.app_secret),
                400,
                "invalid_request",
            ),
            (
                {**form, "resource": "https://nope.example.com"},
                (double.app_id, double.app_secret),
                400,
                "invalid_target",
            ),
            (
                {**form, "grant_type": "refresh_token"},
                (double.app_id, double.app_secret),
                400,
                "unauthorized_client",
            ),
        ]
        for data, auth, status, error in cases:
            if auth is None:
                response = await client.post("/oidc/token", data=data)
            else:
                response = await client.post("/oidc/token", data=data, auth=auth)
            assert response.status_code == status, data
            body = response.json()
            assert body["error"] == error
            assert body["code"] == f"oidc.{error}"
            assert "WWW-Authenticate" not in response.headers  # only for HTTP Basic failures


async def test_scopes_are_those_the_app_holds_for_the_resource() -> None:
    double = LogtoDouble()
    async with api_client(double) as client:
        resource = (
            await client.post(
                "/api/resources", json={"name": "Billing", "indicator": "https://billing.test"}
            )
        ).json()
        scope = (
            await client.post(f"/api/resources/{resource['id']}/scopes", json={"name": "read"})
        ).json()
        role = (
            await client.post(
                "/api/roles",
                json={
                    "name": "billing reader",
                    "description": "reads",
                    "type": "MachineToMachine",
                    "scopeIds": [scope["id"]],
                },
            )
        ).json()
        await client.post(
            f"/api/roles/{role['id']}/applications", json={"applicationIds": [double.app_id]}
        )
        token = await request_token(
            client, double, resource="https://billing.test", scope="read write all"
        )
        assert token.json()["scope"] == "read"
        assert token.json()["expires_in"] == 3600
        # a token for another resource is refused by the Management API
        other = {"Authorization": f"Bearer {token.json()['access_token']}"}
        refused = await client.get("/api/users", headers=other)
        assert refused.status_code == 401
        assert refused.json()["data"]["code"] == "ERR_JWT_CLAIM_VALIDATION_FAILED"


async def test_an_app_without_the_management_role_gets_403() -> None:
    double = LogtoDouble()
    app_id, secret = double.create_m2m_app("no access", management_api=False)
    async with api_client(double, authenticated=False) as client:
        token = await request_token(client, double, app_id=app_id, app_secret=secret)
        assert token.status_code == 200
        assert "scope" not in token.json()
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        response = await client.get("/api/users", headers=headers)
        assert response.status_code == 403
        assert response.json() == {
            "code": "auth.forbidden",
            "message": "Forbidden. Please check your user roles and permissions.",
        }
        status = await client.get("/api/status")
        assert status.status_code == 204  # no token needed


async def test_created_m2m_apps_can_use_their_default_secret() -> None:
    double = LogtoDouble()
    async with api_client(double) as client:
        app = (
            await client.post("/api/applications", json={"name": "w", "type": "MachineToMachine"})
        ).json()
        assert "secret" not in app  # recorded: the create response shows no secret
        secrets = (await client.get(f"/api/applications/{app['id']}/secrets")).json()
        assert [s["name"] for s in secrets] == ["Default secret"]
        management_role = (await client.get("/api/roles?type=MachineToMachine")).json()[0]
        await client.post(
            f"/api/applications/{app['id']}/roles", json={"roleIds": [management_role["id"]]}
        )
        token = await request_token(
            client, double, app_id=app["id"], app_secret=secrets[0]["value"]
        )
        assert token.json()["scope"] == "all"


async def test_token_exchanges_are_audited_without_secrets() -> None:
    double = LogtoDouble()
    async with api_client(double) as client:
        await request_token(client, double, app_secret="wrong")
        logs = await client.get("/api/logs", params={"applicationId": double.app_id})
        entries = logs.json()
        assert [e["payload"]["result"] for e in entries] == ["Error", "Success"]
        assert {e["key"] for e in entries} == {"ExchangeTokenBy.ClientCredentials"}
        assert json.loads(entries[0]["payload"]["error"])["error"] == "invalid_client"
        assert double.app_secret not in logs.text
        one = await client.get(f"/api/logs/{entries[0]['id']}")
        assert one.json() == entries[0]
        missing = await client.get("/api/logs/none")
        assert missing.status_code == 404


# --- bearer checks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("authorization", "code", "data"),
    [
        (None, "auth.authorization_header_missing", None),
        (
            "Basic abc",
            "auth.authorization_token_type_not_supported",
            {"supportedTypes": ["Bearer"]},
        ),
        (
            "Bearer not-a-jwt",
            "auth.unauthorized",
            {"code": "ERR_JWS_INVALID", "name": "JWSInvalid"},
        ),
    ],
)
async def test_bad_authorization(authorization: str | None, code: str, data: Any) -> None:
    double = LogtoDouble()
    async with api_client(double, authenticated=False) as client:
        headers = {"Authorization": authorization} if authorization else {}
        response = await client.get("/api/users", headers=headers)
        assert response.status_code == 401
        assert response.json()["code"] == code
        assert response.json().get("data") == data


async def test_tokens_expire_with_the_clock_and_on_demand() -> None:
    double = LogtoDouble(token_ttl=60)
    async with api_client(double) as client:
        assert (await client.get("/api/users")).status_code == 200
        double.controls.advance_time(61)
        expired = await client.get("/api/users")
        assert expired.status_code == 401
        assert expired.json()["data"] == {"code": "ERR_JWT_EXPIRED", "name": "JWTExpired"}

        fresh = (await request_token(client, double)).json()["access_token"]
        headers = {"Authorization": f"Bearer {fresh}"}
        assert (await client.get("/api/users", headers=headers)).status_code == 200
        double.controls.expire_tokens()
        assert (await client.get("/api/users", headers=headers)).status_code == 401

        newer = (await request_token(client, double)).json()["access_token"]
        headers = {"Authorization": f"Bearer {newer}"}
        double.controls.revoke_token(newer)
        revoked = await client.get("/api/users", headers=headers)
        assert revoked.json()["data"]["code"] == "ERR_JWS_SIGNATURE_VERIFICATION_FAILED"

        last = (await request_token(client, double)).json()["access_token"]
        double.controls.revoke_tokens()
        refused = await client.get("/api/users", headers={"Authorization": f"Bearer {last}"})
        assert refused.status_code == 401
        assert double.controls.token_requests == double.controls.tokens_issued == 4


# --- faults --------------------------------------------------------------------------------


async def test_fail_next_answers_the_status_then_recovers() -> None:
    double = LogtoDouble()
    async with api_client(double) as client:
        double.controls.fail_next(2, status=429, retry_after=3)
        first, second, third = [await client.get("/api/users") for _ in range(3)]
        assert [first.status_code, second.status_code, third.status_code] == [429, 429, 200]
        assert first.headers["Retry-After"] == "3"
        assert first.json() == {
            "code": "request.rate_limited",
            "message": "Too many requests. Please try again later.",
        }
        double.controls.fail_next(status=503, path="/api/roles*", method="GET")
        assert (await client.get("/api/users")).status_code == 200  # not matching
        failed = await client.get("/api/roles")
        assert failed.status_code == 503
        assert failed.json()["code"] == "request.general"

        double.controls.fail_next(status=500, where="token", body={"message": "boom"})
        assert (await client.get("/api/users")).status_code == 200
        token = await request_token(client, double)
        assert (token.status_code, token.json()) == (500, {"message": "boom"})
        assert [r.status for r in double.controls.requests][-3:] == [503, 200, 500]


async def test_hang_until_released() -> None:
    double = LogtoDouble()
    async with api_client(double) as client:
        double.controls.hang_next()
        task = asyncio.create_task(client.get("/api/users"))
        async with asyncio.timeout(10):
            await double.controls.wait_until_hanging()
        assert double.controls.hanging == 1
        assert not task.done()
        assert double.controls.release() == 1
        async with asyncio.timeout(10):
            response = await task
        assert response.status_code == 200
        assert double.controls.hanging == 0


async def test_hang_with_a_delay_lets_go_by_itself() -> None:
    double = LogtoDouble()
    async with api_client(double) as client:
        double.controls.hang_next(delay=0.01)
        async with asyncio.timeout(10):
            response = await client.get("/api/users")
        assert response.status_code == 200


async def test_drop_in_process_raises_what_httpx_raises() -> None:
    double = LogtoDouble()
    async with api_client(double) as client:
        double.controls.drop_next()
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/api/users")
        assert (await client.get("/api/users")).status_code == 200
        assert double.controls.requests[-2].status is None


async def test_latency_is_waited_per_request() -> None:
    double = LogtoDouble()
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    double.controls.sleep = fake_sleep
    double.controls.latency = 0.01
    async with api_client(double) as client:
        await client.get("/api/users?page=1")
        await client.get("/api/users?page=2")
    assert waits == [0.01, 0.01, 0.01]  # the token request and two pages


async def test_counters_and_reset() -> None:
    double = LogtoDouble()
    async with api_client(double) as client:
        await client.get("/api/users")
        await client.get("/api/status")
        controls = double.controls
        assert (controls.token_requests, controls.api_requests) == (1, 2)
        assert [(r.method, r.path, r.status) for r in controls.requests] == [
            ("POST", "/oidc/token", 200),
            ("GET", "/api/users", 200),
            ("GET", "/api/status", 204),
        ]
        controls.fail_next(5)
        controls.reset()
        assert (controls.token_requests, controls.api_requests, len(controls.requests)) == (0, 0, 0)
        assert (await client.get("/api/users")).status_code == 200
        with pytest.raises(ValueError, match="at least 1"):
            controls.fail_next(0)


def test_secrets_stay_out_of_repr() -> None:
    double = LogtoDouble(app_secret="super-secret-value")
    assert "super-secret-value" not in repr(double)
    credentials = double.create_m2m_app("x", app_secret="another-secret")
    assert "another-secret" not in repr(credentials)
    app_id, secret = credentials
    assert (app_id, secret) == (credentials.app_id, "another-secret")
