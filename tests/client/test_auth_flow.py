"""LogtoAuth: bearer tokens on requests, 401 recovery, tokenless paths, both flows."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator

import httpx
import pytest
from _auth_support import (
    BASE_URL,
    CLIENT_ID,
    CLIENT_SECRET,
    FakeLogto,
    bearer,
    count_sync_callers,
)

from logto_management._auth import LogtoAuth
from logto_management._credentials import ClientCredentials
from logto_management._errors import ClientCredentialsError


def make_credentials(**kwargs: object) -> ClientCredentials:
    options: dict[str, object] = {
        "token_endpoint": f"{BASE_URL}/oidc/token",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "resource": f"{BASE_URL}/api",
        **kwargs,
    }
    return ClientCredentials(**options)  # type: ignore[arg-type]


def async_client(server: FakeLogto, **auth_options: object) -> httpx.AsyncClient:
    """An AsyncClient whose token requests and API requests both go to ``server``."""
    client = httpx.AsyncClient(base_url=BASE_URL, transport=server.async_transport())
    client.auth = LogtoAuth(make_credentials(), http_client=client, **auth_options)  # type: ignore[arg-type]
    return client


def sync_client(server: FakeLogto) -> httpx.Client:
    client = httpx.Client(base_url=BASE_URL, transport=server.transport())
    client.auth = LogtoAuth(make_credentials(), sync_http_client=client)
    return client


# ------------------------------------------------------------------ which requests


async def test_bearer_token_on_api_requests_none_on_public_paths() -> None:
    server = FakeLogto()
    client = async_client(server)

    for path in ("/api/status", "/api/swagger.json", "/api/.well-known/sign-in-exp"):
        response = await client.get(path)
        assert response.is_success
        assert "Authorization" not in response.request.headers
    assert server.token_requests == []

    response = await client.get("/api/users")
    assert response.status_code == 200
    assert response.request.headers["Authorization"] == "Bearer tok-1"
    token_request = server.token_requests[0]
    assert token_request.url == f"{BASE_URL}/oidc/token"
    assert token_request.headers["Authorization"].startswith("Basic ")


async def test_base_url_keeps_the_token_to_the_logto_server() -> None:
    server = FakeLogto()
    client = httpx.AsyncClient(transport=server.async_transport())
    client.auth = LogtoAuth(
        make_credentials(), base_url="https://logto.example.com/auth/", http_client=client
    )

    async def authorization(url: str) -> str | None:
        return bearer((await client.get(url)).request)

    assert await authorization("https://logto.example.com/auth/api/users") == "tok-1"
    assert await authorization("https://logto.example.com:443/auth/api/users") == "tok-1"
    assert await authorization("https://logto.example.com/auth/api/status") is None
    assert await authorization("https://logto.example.com/api/users") is None  # outside base
    assert await authorization("https://logto.example.com/auth/oidc/me") is None
    assert await authorization("https://logto.example.com:8443/auth/api/users") is None
    assert await authorization("http://logto.example.com/auth/api/users") is None
    assert await authorization("https://evil.example.com/auth/api/users") is None
    assert len(server.token_requests) == 1


async def test_no_token_over_plain_http_to_a_remote_host() -> None:
    server = FakeLogto()

    async def source() -> str:
        return "byo-token"

    client = httpx.AsyncClient(transport=server.async_transport(), auth=LogtoAuth(source))
    with pytest.raises(ValueError, match="plain http://"):
        await client.get("http://logto.example.com/api/users")
    assert server.api_requests == []

    response = await client.get("http://127.0.0.1:3001/api/users")
    assert bearer(response.request) == "byo-token"

    client.auth = LogtoAuth(source, allow_insecure_http=True)
    response = await client.get("http://logto.example.com/api/users")
    assert bearer(response.request) == "byo-token"


# ------------------------------------------------------------------ 401 recovery


async def test_a_401_leads_to_one_refresh_and_one_resend_of_the_same_body() -> None:
    server = FakeLogto()
    client = async_client(server)
    await client.get("/api/users")
    server.revoke_all()  # e.g. the signing key was rotated
    server.api_requests.clear()

    response = await client.post("/api/users", json={"username": "alice"})

    assert response.status_code == 200
    assert json.loads(response.content) == {"username": "alice"}
    first, second = server.api_requests
    assert (bearer(first), bearer(second)) == ("tok-1", "tok-2")
    assert first.content == second.content == b'{"username":"alice"}'
    assert len(server.token_requests) == 2
    assert [r.status_code for r in response.history] == [401]


async def test_a_persistent_401_reaches_the_caller_after_two_attempts() -> None:
    server = FakeLogto()
    server.reject_all = True
    client = async_client(server)

    response = await client.get("/api/users")

    assert response.status_code == 401
    assert server.api_attempts == 2
    assert len(server.token_requests) == 2
    assert [bearer(r) for r in server.api_requests] == ["tok-1", "tok-2"]


async def test_a_late_401_for_an_old_token_keeps_the_newer_token() -> None:
    server = FakeLogto()
    client = async_client(server)
    async with asyncio.timeout(30):
        slow = asyncio.create_task(client.get("/api/slow"))  # sent with tok-1, answer held
        await server.slow_arrived.wait()
        server.revoke_all()
        fast = await client.get("/api/users")  # 401, refresh to tok-2, resent
        assert bearer(fast.request) == "tok-2"
        server.slow_gate.set()  # now the 401 for tok-1 comes in, late
        late = await slow

    assert late.status_code == 200
    assert bearer(late.request) == "tok-2"  # resent with the newer token, not a third one
    assert server.issued == ["tok-1", "tok-2"]
    again = await client.get("/api/users")
    assert bearer(again.request) == "tok-2"
    assert len(server.token_requests) == 2


async def test_many_401s_at_once_make_one_refresh() -> None:
    server = FakeLogto()
    client = async_client(server)
    await client.get("/api/users")
    server.revoke_all()

    async with asyncio.timeout(30):
        responses = await asyncio.gather(*(client.get("/api/users") for _ in range(50)))

    assert all(r.status_code == 200 for r in responses)
    assert {bearer(r.request) for r in responses} == {"tok-2"}
    assert len(server.token_requests) == 2


async def test_a_token_error_goes_to_the_caller_without_an_api_request() -> None:
    server = FakeLogto()
    server.token_failures = 1
    client = async_client(server)

    with pytest.raises(ClientCredentialsError, match="HTTP 500"):
        await client.get("/api/users")
    assert server.api_requests == []
    assert (await client.get("/api/users")).status_code == 200  # the next call tries again


async def test_a_cancelled_call_leaves_the_others_served() -> None:
    server = FakeLogto()
    server.token_gate = asyncio.Event()
    client = async_client(server)

    calls = [asyncio.create_task(client.get("/api/users")) for _ in range(5)]
    async with asyncio.timeout(30):
        await server.token_arrived.wait()
        calls[0].cancel()
        with pytest.raises(asyncio.CancelledError):
            await calls[0]
        server.token_gate.set()
        responses = await asyncio.gather(*calls[1:])
    assert [r.status_code for r in responses] == [200] * 4
    assert len(server.token_requests) == 1


# ------------------------------------------------------------------ bring your own token


async def test_async_callable_token_source() -> None:
    server = FakeLogto()
    tokens: Iterator[str] = iter(["tok-1", "tok-2"])
    calls = 0

    async def source() -> str:
        nonlocal calls
        calls += 1
        return next(tokens)

    server.issued = ["tok-1", "tok-2"]
    server.revoked = {"tok-1"}
    client = httpx.AsyncClient(
        base_url=BASE_URL, transport=server.async_transport(), auth=LogtoAuth(source)
    )

    response = await client.get("/api/users")

    assert response.status_code == 200
    assert [bearer(r) for r in server.api_requests] == ["tok-1", "tok-2"]
    assert calls == 2


async def test_callable_returning_the_same_token_after_a_401_is_not_resent() -> None:
    server = FakeLogto()
    server.reject_all = True
    client = httpx.AsyncClient(
        base_url=BASE_URL, transport=server.async_transport(), auth=LogtoAuth(lambda: "static")
    )

    response = await client.get("/api/users")

    assert response.status_code == 401
    assert server.api_attempts == 1


def test_sync_flow_with_callables() -> None:
    server = FakeLogto()
    server.issued = ["sync-token"]

    async def async_source() -> str:
        return "async-token"

    client = httpx.Client(base_url=BASE_URL, transport=server.transport())
    client.auth = LogtoAuth(lambda: "sync-token")
    assert client.get("/api/users").status_code == 200

    client.auth = LogtoAuth(async_source)
    with pytest.raises(TypeError, match="sync_token_source"):
        client.get("/api/users")

    client.auth = LogtoAuth(async_source, sync_token_source=lambda: "sync-token")
    assert bearer(client.get("/api/users").request) == "sync-token"


# ------------------------------------------------------------------ sync flow


def test_sync_flow_401_recovery_and_persistent_401() -> None:
    server = FakeLogto()
    client = sync_client(server)
    assert bearer(client.get("/api/users").request) == "tok-1"

    server.revoke_all()
    response = client.put("/api/users/u1", content=b"payload")
    assert response.status_code == 200
    assert response.content == b"payload"
    assert bearer(response.request) == "tok-2"

    server.reject_all = True
    server.api_requests.clear()
    assert client.get("/api/users").status_code == 401
    assert server.api_attempts == 2
    assert len(server.token_requests) == 3


def test_sync_flow_is_thread_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    server = FakeLogto()
    client = sync_client(server)
    threads_n = 16
    assert isinstance(client.auth, LogtoAuth)
    assert isinstance(client.auth.token_source, ClientCredentials)
    server.sync_token_gate = count_sync_callers(monkeypatch, client.auth.token_source, threads_n)
    barrier = threading.Barrier(threads_n)
    statuses: list[int] = []

    def worker() -> None:
        barrier.wait(timeout=30)
        statuses.append(client.get("/api/users").status_code)

    threads = [threading.Thread(target=worker) for _ in range(threads_n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert statuses == [200] * threads_n
    assert len(server.token_requests) == 1
    assert {bearer(r) for r in server.api_requests} == {"tok-1"}


def test_repr_hides_secrets() -> None:
    auth = LogtoAuth(make_credentials())
    assert CLIENT_SECRET not in repr(auth)
    assert CLIENT_ID in repr(auth)
