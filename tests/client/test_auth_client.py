"""create_management_api: endpoints, validation, wiring of the httpx clients."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from _auth_support import CLIENT_ID, CLIENT_SECRET, FakeLogto, bearer

from logto_management._auth import LogtoAuth
from logto_management._client import ManagementApiClient
from logto_management._errors import (
    AuthenticationError,
    ClientCredentialsError,
    LogtoApiError,
    NotFoundError,
)
from logto_management._factory import create_management_api
from logto_management._http import LogtoAsyncHTTPClient, LogtoHTTPClient
from logto_management._tokens import AccessToken
from logto_management._transports.retry import RetryPolicy
from logto_management_api import Client
from logto_management_api.api.status import get_status
from logto_management_api.api.users import list_users


def make(server: FakeLogto, tenant_id: str = "my-tenant", **kwargs: Any) -> ManagementApiClient:
    httpx_args = {"transport": server.async_transport(), **kwargs.pop("httpx_args", {})}
    return create_management_api(
        tenant_id,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        httpx_args=httpx_args,
        **kwargs,
    )


def form(request: httpx.Request) -> dict[str, str]:
    return dict(parse_qsl(request.content.decode()))


# ------------------------------------------------------------------ endpoints


async def test_cloud_tenant_endpoints() -> None:
    server = FakeLogto()
    async with make(server, "my-tenant") as client:
        response = await list_users.asyncio_detailed(client=client)

    assert response.status_code == 200
    (token_request,) = server.token_requests
    assert token_request.url == "https://my-tenant.logto.app/oidc/token"
    assert form(token_request) == {
        "grant_type": "client_credentials",
        "resource": "https://my-tenant.logto.app/api",
        "scope": "all",
    }
    (api_request,) = server.api_requests
    assert api_request.url.copy_with(query=None) == "https://my-tenant.logto.app/api/users"
    assert bearer(api_request) == "tok-1"


async def test_oss_endpoints_with_base_url_and_api_indicator() -> None:
    server = FakeLogto()
    async with make(server, "default", base_url="https://auth.example.com///") as client:
        await list_users.asyncio_detailed(client=client)
    assert server.token_requests[0].url == "https://auth.example.com/oidc/token"
    assert form(server.token_requests[0])["resource"] == "https://default.logto.app/api"
    assert server.api_requests[0].url.host == "auth.example.com"

    server = FakeLogto()
    client = make(
        server,
        "default",
        base_url="https://example.com/logto/",
        api_indicator="https://api.example.com/mgmt",
        scope="read write",
        client_auth="post",
    )
    await list_users.asyncio_detailed(client=client)
    assert server.token_requests[0].url == "https://example.com/logto/oidc/token"
    assert form(server.token_requests[0]) == {
        "grant_type": "client_credentials",
        "resource": "https://api.example.com/mgmt",
        "scope": "read write",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }
    assert server.api_requests[0].url.path == "/logto/api/users"


async def test_loopback_oss_over_http_and_status_without_token() -> None:
    server = FakeLogto()
    client = make(server, "default", base_url="http://localhost:3001")

    status = await get_status.asyncio_detailed(client=client)

    assert status.status_code == 204
    assert server.token_requests == []


# ------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    ("tenant_id", "kwargs", "message"),
    [
        ("", {}, "tenant_id"),
        ("My Tenant", {}, "tenant_id"),
        ("-abc", {}, "tenant_id"),
        ("a" * 64, {}, "tenant_id"),
        ("a.b", {}, "tenant_id"),
        ("x/../y", {}, "tenant_id"),
        ("default", {"base_url": "auth.example.com"}, "base_url"),
        ("default", {"base_url": "ftp://auth.example.com"}, "base_url"),
        ("default", {"base_url": "https://"}, "base_url"),
        ("default", {"base_url": "https://auth.example.com?x=1"}, "query"),
        ("default", {"base_url": "https://auth.example.com/api/"}, "without /api"),
        ("default", {"base_url": "http://auth.example.com"}, "plain http://"),
        ("default", {"client_id": ""}, "client_id"),
        ("default", {"client_secret": ""}, "client_secret"),
        ("default", {"httpx_args": {"auth": None}}, "httpx_args"),
        ("default", {"httpx_args": {"timeout": 3}}, "httpx_args"),
        ("default", {"timeout": 0}, "timeout"),
        ("default", {"max_retries": -1}, "max_retries"),
        ("default", {"rate_limit": (0, 10.0)}, "max_requests"),
    ],
)
def test_bad_input_fails_at_construction(
    tenant_id: str, kwargs: dict[str, Any], message: str
) -> None:
    options: dict[str, Any] = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, **kwargs}
    with pytest.raises(ValueError, match=message) as caught:
        create_management_api(tenant_id, **options)
    assert CLIENT_SECRET not in str(caught.value)


def test_insecure_http_when_allowed() -> None:
    client = create_management_api(
        "default",
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        base_url="http://logto:3001",
        allow_insecure_http=True,
    )
    assert client.credentials.token_endpoint == "http://logto:3001/oidc/token"


# ------------------------------------------------------------------ wiring


async def test_returns_a_generated_client_with_one_httpx_client_of_each_kind() -> None:
    server = FakeLogto()
    client = make(server)

    assert isinstance(client, Client)
    async_client = client.get_async_httpx_client()
    assert isinstance(async_client, LogtoAsyncHTTPClient)
    assert client.get_async_httpx_client() is async_client
    sync_client = client.get_httpx_client()
    assert isinstance(sync_client, LogtoHTTPClient)
    assert client.get_httpx_client() is sync_client
    assert CLIENT_SECRET not in repr(client)

    async with client:
        pass
    assert async_client.is_closed
    with client:
        pass
    assert sync_client.is_closed


async def test_1000_concurrent_calls_on_a_fresh_client_make_one_token_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = FakeLogto()
    client = make(server)
    all_waiting = asyncio.Event()
    entered = 0
    original = client.credentials.get_access_token

    async def counting(*, http_client: httpx.AsyncClient | None = None) -> AccessToken:
        nonlocal entered
        entered += 1
        if entered == 1000:
            all_waiting.set()
        return await original(http_client=http_client)

    monkeypatch.setattr(client.credentials, "get_access_token", counting)
    server.token_gate = all_waiting  # the token answer comes once all 1000 calls wait for it

    async with client, asyncio.timeout(60):
        responses = await asyncio.gather(
            *(list_users.asyncio_detailed(client=client) for _ in range(1000))
        )

    assert [r.status_code for r in responses] == [200] * 1000
    assert len(server.token_requests) == 1
    assert server.api_attempts == 1000
    assert {bearer(r) for r in server.api_requests} == {"tok-1"}


def test_generated_sync_functions_work() -> None:
    server = FakeLogto()
    client = make(server, httpx_args={"transport": server.transport()})

    with client:
        for _ in range(3):
            response = list_users.sync_detailed(client=client)
            assert response.status_code == 200
            assert response.parsed == []

    assert len(server.token_requests) == 1
    assert {bearer(r) for r in server.api_requests} == {"tok-1"}


async def test_sync_and_async_clients_and_copies_share_the_token() -> None:
    server = FakeLogto()
    client = make(server)
    await list_users.asyncio_detailed(client=client)
    copy = client.with_headers({"X-Request-Source": "test"})
    await list_users.asyncio_detailed(client=copy)
    list_users.sync_detailed(client=copy)

    assert len(server.token_requests) == 1
    assert server.api_requests[1].headers["X-Request-Source"] == "test"


async def test_api_errors_raise_logto_api_error_token_errors_do_not() -> None:
    server = FakeLogto()
    client = make(server)
    with pytest.raises(NotFoundError):
        await client.get_async_httpx_client().get("/api/missing")

    server.reject_all = True
    with pytest.raises(AuthenticationError):
        await list_users.asyncio_detailed(client=client)
    assert server.api_attempts == 3  # the 404, then two attempts for the 401

    failing = FakeLogto()
    failing.token_failures = 1
    with pytest.raises(ClientCredentialsError) as caught:
        await list_users.asyncio_detailed(client=make(failing))
    assert not isinstance(caught.value, LogtoApiError)


async def test_raise_on_error_false_returns_the_response() -> None:
    server = FakeLogto()
    client = make(server, raise_on_error=False)
    response = await client.get_async_httpx_client().get("/api/missing")
    assert response.status_code == 404


async def test_httpx_args_reach_the_httpx_clients() -> None:
    server = FakeLogto()
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    client = make(
        server,
        httpx_args={"event_hooks": {"request": [hook]}, "headers": {"X-Trace": "abc"}},
    )
    await list_users.asyncio_detailed(client=client)

    assert seen == ["/oidc/token", "/api/users"]
    assert server.token_requests[0].headers["X-Trace"] == "abc"
    assert server.api_requests[0].headers["X-Trace"] == "abc"


async def test_retries_sit_below_the_auth_flow() -> None:
    server = FakeLogto()
    unavailable = 1
    transport = server.async_transport()

    async def flaky(request: httpx.Request) -> httpx.Response:
        nonlocal unavailable
        if request.url.path == "/api/users" and unavailable:
            unavailable -= 1
            return httpx.Response(503)
        return await transport.handle_async_request(request)

    client = make(
        server,
        httpx_args={"transport": httpx.MockTransport(flaky)},
        retry_policy=RetryPolicy(max_retries=1, backoff_base=0.0),
    )
    response = await list_users.asyncio_detailed(client=client)

    assert response.status_code == 200
    assert len(server.token_requests) == 1


async def test_a_sync_only_transport_cannot_serve_the_async_client() -> None:
    class SyncOnly(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

    client = make(FakeLogto(), httpx_args={"transport": SyncOnly()})
    with pytest.raises(TypeError, match="AsyncBaseTransport"):
        client.get_async_httpx_client()


async def test_bring_your_own_token_source_with_the_generated_client() -> None:
    # The README's example: LogtoAuth over an async callable, on a plain generated Client.
    server = FakeLogto()
    server.issued = ["vault-token"]

    async def token() -> str:
        return "vault-token"

    auth = LogtoAuth(token, base_url="https://auth.example.com")
    client = Client(base_url="https://auth.example.com").set_async_httpx_client(
        httpx.AsyncClient(
            base_url="https://auth.example.com", auth=auth, transport=server.async_transport()
        )
    )
    users = await list_users.asyncio(client=client)

    assert users == []
    assert bearer(server.api_requests[0]) == "vault-token"
