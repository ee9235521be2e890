"""The client in production: copies, per-call options, lifecycle, identity, logging, env config."""

from __future__ import annotations

import asyncio
import gc
import importlib.metadata
import logging
import os
import subprocess
import sys
import uuid
import warnings
from typing import Any

import httpx
import pytest
from _auth_support import CLIENT_ID, CLIENT_SECRET, FakeLogto, bearer, leaked

import logto_management
from logto_management import (
    AsyncRateLimiter,
    LogtoError,
    ManagementApiClient,
    RetryPolicy,
    create_management_api,
    create_management_api_from_env,
)
from logto_management._logging import configure_from_env
from logto_management.testing import LogtoDouble
from logto_management_api import Client
from logto_management_api.api.users import list_users

pytestmark = pytest.mark.filterwarnings("error::ResourceWarning")


class CountingTransport(httpx.AsyncBaseTransport, httpx.BaseTransport):
    """FakeLogto's transport, counting how often it is closed."""

    def __init__(self, server: FakeLogto) -> None:
        self.inner = server.async_transport()
        self.closes = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)

    async def aclose(self) -> None:
        self.closes += 1

    def close(self) -> None:
        self.closes += 1


def make(server: FakeLogto, transport: Any = None, **kwargs: Any) -> ManagementApiClient:
    return create_management_api(
        "my-tenant",
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        httpx_args={"transport": transport or server.async_transport()},
        **kwargs,
    )


# ------------------------------------------------------------------ copies


async def test_copies_leave_the_original_unchanged() -> None:
    server = FakeLogto()
    async with make(server) as client:
        await list_users.asyncio_detailed(client=client)  # the original's httpx client exists
        tagged = client.with_headers({"X-Request-Id": "r1"})
        slow = client.with_timeout(httpx.Timeout(99.0))
        baked = client.with_cookies({"flavour": "oat"})
        await list_users.asyncio_detailed(client=tagged)
        await list_users.asyncio_detailed(client=slow)
        await list_users.asyncio_detailed(client=baked)
        await list_users.asyncio_detailed(client=client)

    first, via_tagged, via_slow, via_baked, last = server.api_requests
    assert via_tagged.headers["X-Request-Id"] == "r1"
    assert via_slow.extensions["timeout"]["read"] == 99.0
    assert via_baked.headers["Cookie"] == "flavour=oat"
    for plain in (first, last):
        assert "X-Request-Id" not in plain.headers
        assert "Cookie" not in plain.headers
        assert plain.extensions["timeout"]["read"] == 10.0
    assert client.get_async_httpx_client().headers.get("X-Request-Id") is None
    assert isinstance(tagged, ManagementApiClient)


def test_the_generated_client_copies_leave_the_original_unchanged() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    with Client(
        base_url="https://x.test", httpx_args={"transport": httpx.MockTransport(handler)}
    ) as client:
        list_users.sync_detailed(client=client)
        tagged = client.with_headers({"X-Request-Id": "r1"})
        with tagged:
            list_users.sync_detailed(client=tagged)
        list_users.sync_detailed(client=client)

    assert [r.headers.get("X-Request-Id") for r in seen] == [None, "r1", None]


async def test_copies_share_token_pool_and_rate_limiter() -> None:
    server = FakeLogto()
    transport = CountingTransport(server)
    client = make(server, transport, rate_limit=(100, 1.0))
    copies = [client.with_headers({"X-N": str(n)}) for n in range(3)]
    copies.append(copies[0].with_options(timeout=2, max_retries=0))
    for copy in [client, *copies]:
        await list_users.asyncio_detailed(client=copy)

    assert len(server.token_requests) == 1
    assert {bearer(r) for r in server.api_requests} == {"tok-1"}
    stacks = {id(c.runtime.async_stack()) for c in copies}
    assert stacks == {id(client.runtime.async_stack())}
    assert all(c.runtime is client.runtime for c in copies)
    limiter = client.runtime.async_limiter
    assert isinstance(limiter, AsyncRateLimiter)
    assert len(limiter._slots) == 1 + 5  # one token, five API requests

    for copy in copies:
        await copy.aclose()  # closes nothing shared
    assert transport.closes == 0
    await list_users.asyncio_detailed(client=client)  # the original still works

    await client.aclose()
    await client.aclose()
    assert transport.closes == 1  # closed once


async def test_a_copy_used_after_the_original_closed_opens_new_connections() -> None:
    server = FakeLogto()
    transport = CountingTransport(server)
    client = make(server, transport)
    copy = client.with_headers({"X-A": "1"})
    await list_users.asyncio_detailed(client=copy)
    await client.aclose()
    response = await list_users.asyncio_detailed(client=copy)
    assert response.status_code == 200
    await client.aclose()
    assert transport.closes == 2
    assert len(server.token_requests) == 1  # the token outlives the connections


# ------------------------------------------------------------------ per-call options


async def test_with_options_for_one_call_with_the_functional_api() -> None:
    server = FakeLogto()
    async with make(server) as client:
        await list_users.asyncio(client=client.with_options(timeout=2, headers={"X-Trace": "t1"}))
        await list_users.asyncio(client=client)

    with_options, plain = server.api_requests
    assert with_options.extensions["timeout"] == {
        "connect": 2.0,
        "read": 2.0,
        "write": 2.0,
        "pool": 2.0,
    }
    assert with_options.headers["X-Trace"] == "t1"
    assert plain.extensions["timeout"]["read"] == 10.0
    assert "X-Trace" not in plain.headers


async def test_with_options_max_retries_reaches_the_retry_transport() -> None:
    server = FakeLogto()
    inner = server.async_transport()
    attempts = 0

    async def unavailable(request: httpx.Request) -> httpx.Response:
        nonlocal attempts
        if request.url.path.startswith("/api/"):
            attempts += 1
            return httpx.Response(503)
        return await inner.handle_async_request(request)

    client = make(
        server,
        httpx.MockTransport(unavailable),
        retry_policy=RetryPolicy(max_retries=2, backoff_base=0.0),
    )
    async with client:
        with pytest.raises(logto_management.InternalServerError) as caught:
            await list_users.asyncio_detailed(client=client.with_options(max_retries=5))
        assert attempts == 6
        assert caught.value.attempts == 6
        assert str(caught.value).endswith("(GET /api/users, 6 attempts)")
        attempts = 0
        with pytest.raises(logto_management.InternalServerError):
            await list_users.asyncio_detailed(client=client.with_options(max_retries=0))
        assert attempts == 1
        attempts = 0
        with pytest.raises(logto_management.InternalServerError):
            await list_users.asyncio_detailed(client=client)
        assert attempts == 3


def test_with_options_refuses_bad_values() -> None:
    client = make(FakeLogto())
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)
    with pytest.raises(ValueError, match="timeout"):
        client.with_options(timeout=0)


# ------------------------------------------------------------------ lifecycle


def test_one_client_across_successive_asyncio_runs_without_closing_it() -> None:
    double = LogtoDouble()
    with double.serve_in_thread() as base_url:
        clients = [
            create_management_api(
                "default",
                client_id=double.app_id,
                client_secret=double.app_secret,
                base_url=base_url,
            )
        ]

        loop_errors: list[dict[str, Any]] = []

        async def call() -> int:
            loop = asyncio.get_running_loop()
            loop.set_exception_handler(lambda _loop, context: loop_errors.append(context))
            await clients[0].credentials.get_token()  # its own httpx client: closed as well
            response = await list_users.asyncio_detailed(client=clients[0])
            return response.status_code

        with warnings.catch_warnings():
            warnings.simplefilter("error", ResourceWarning)
            # Each loop's connections are closed as asyncio.run() shuts the loop down.
            assert [asyncio.run(call()) for _ in range(3)] == [200, 200, 200]
            clients.clear()
            gc.collect()  # nothing left open to warn about
        assert loop_errors == []
    assert double.controls.token_requests == 1  # one token across the three event loops


def test_async_with_in_each_asyncio_run_and_the_sync_client() -> None:
    double = LogtoDouble()
    with double.serve_in_thread() as base_url:
        client = create_management_api(
            "default", client_id=double.app_id, client_secret=double.app_secret, base_url=base_url
        )

        async def call() -> int:
            async with client:
                return (await list_users.asyncio_detailed(client=client)).status_code

        assert [asyncio.run(call()) for _ in range(2)] == [200, 200]
        with client:
            assert list_users.sync_detailed(client=client).status_code == 200
        client.close()  # idempotent
        assert list_users.sync_detailed(client=client).status_code == 200  # reopens
        client.close()


def test_the_async_httpx_client_got_outside_an_event_loop_is_bound_on_first_use() -> None:
    server = FakeLogto()
    transport = CountingTransport(server)
    client = make(server, transport)
    http = client.get_async_httpx_client()  # no running event loop here

    async def call() -> int:
        assert client.get_async_httpx_client() is http
        return (await list_users.asyncio_detailed(client=client)).status_code

    assert asyncio.run(call()) == 200
    assert transport.closes == 1  # closed as that event loop shut down

    async def again() -> int:
        assert client.get_async_httpx_client() is not http  # new connections, new view
        return (await list_users.asyncio_detailed(client=client)).status_code

    assert asyncio.run(again()) == 200
    assert transport.closes == 2
    assert len(server.token_requests) == 1


async def test_two_running_event_loops_get_an_explanation() -> None:
    server = FakeLogto()
    client = make(server)
    await list_users.asyncio_detailed(client=client)

    def other_thread() -> None:
        asyncio.run(list_users.asyncio_detailed(client=client))

    with pytest.raises(RuntimeError, match="another running event loop"):
        await asyncio.to_thread(other_thread)
    await client.aclose()


# ------------------------------------------------------------------ identity and logging


def test_version_is_the_distribution_version() -> None:
    assert logto_management.__version__ == importlib.metadata.version("logto-management")


async def test_user_agent_names_the_library_and_httpx() -> None:
    server = FakeLogto()
    async with make(server) as client:
        await list_users.asyncio_detailed(client=client.with_headers({"X-A": "1"}))
    expected = f"logto-management/{logto_management.__version__} python-httpx/{httpx.__version__}"
    assert server.token_requests[0].headers["User-Agent"] == expected
    assert server.api_requests[0].headers["User-Agent"] == expected


async def test_every_attempt_is_logged_at_debug_without_secrets(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="logto_management")
    server = FakeLogto()
    inner = server.async_transport()

    async def with_request_id(request: httpx.Request) -> httpx.Response:
        response = await inner.handle_async_request(request)
        response.headers["Logto-Core-Request-Id"] = "req-42"
        return response

    async with make(server, httpx.MockTransport(with_request_id)) as client:
        await client.get_async_httpx_client().get("/api/users", params={"search": "alice"})

    records = [r for r in caplog.records if r.levelno == logging.DEBUG]
    assert [r.getMessage().split(" in ")[0] for r in records] == [
        "POST /oidc/token -> 200 OK",
        "GET /api/users -> 200 OK",
    ]
    api = records[1]
    assert api.getMessage().endswith("(attempt 1, request id req-42)")
    assert (api.logto_method, api.logto_path, api.logto_status) == ("GET", "/api/users", 200)  # type: ignore[attr-defined]
    assert (api.logto_attempt, api.logto_request_id) == (1, "req-42")  # type: ignore[attr-defined]
    assert api.logto_elapsed >= 0  # type: ignore[attr-defined]
    assert leaked([CLIENT_SECRET, *server.issued, "alice"], records=records) == []


def test_logto_log_debug_turns_logging_on_without_code() -> None:
    code = (
        "import logging, logto_management\n"
        "logger = logging.getLogger('logto_management')\n"
        "print(logging.getLevelName(logger.level), len(logger.handlers))"
    )
    env = {**os.environ, "LOGTO_LOG": "debug"}
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert run.stdout.split() == ["DEBUG", "1"]


def test_logto_log_adds_one_handler_and_warns_about_nonsense() -> None:
    logger = logging.getLogger("logto_management")
    level, handlers = logger.level, list(logger.handlers)
    try:
        configure_from_env({"LOGTO_LOG": "INFO"})
        configure_from_env({"LOGTO_LOG": "info"})
        assert logger.level == logging.INFO
        assert len(logger.handlers) == len(handlers) + 1
        with pytest.warns(RuntimeWarning, match="LOGTO_LOG='loud'"):
            configure_from_env({"LOGTO_LOG": "loud"})
    finally:
        logger.setLevel(level)
        logger.handlers[:] = handlers


# ------------------------------------------------------------------ errors


def test_every_error_derives_from_logto_error() -> None:
    for name in logto_management.__all__:
        value = getattr(logto_management, name)
        if isinstance(value, type) and issubclass(value, BaseException):
            assert issubclass(value, LogtoError), name


async def test_a_connection_error_names_method_url_and_attempts_but_no_query() -> None:
    server = FakeLogto()
    inner = server.async_transport()

    async def refuse_api(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/"):
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        return await inner.handle_async_request(request)

    term = uuid.uuid4().hex  # personal data in a query must not reach the message
    policy = RetryPolicy(max_retries=2, backoff_base=0.0)
    async with make(server, httpx.MockTransport(refuse_api), retry_policy=policy) as client:
        with pytest.raises(logto_management.LogtoConnectionError) as caught:
            await client.get_async_httpx_client().get("/api/users", params={"search": term})

    error = caught.value
    assert str(error) == (
        "GET https://my-tenant.logto.app/api/users: could not connect "
        "(3 attempts; ConnectError: [Errno 111] Connection refused)"
    )
    assert (error.method, error.path, error.attempts) == ("GET", "/api/users", 3)
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert not isinstance(error, logto_management.LogtoTimeoutError)
    assert leaked([term, *server.issued], objects=[error]) == []


# ------------------------------------------------------------------ environment


@pytest.mark.parametrize(
    ("env", "token_endpoint", "resource", "base_url"),
    [
        (
            {"LOGTO_ENDPOINT": "https://abc123.logto.app/"},
            "https://abc123.logto.app/oidc/token",
            "https://abc123.logto.app/api",
            "https://abc123.logto.app",
        ),
        (
            {"LOGTO_TENANT": "abc123"},
            "https://abc123.logto.app/oidc/token",
            "https://abc123.logto.app/api",
            "https://abc123.logto.app",
        ),
        (
            {"LOGTO_ENDPOINT": "http://127.0.0.1:3001"},
            "http://127.0.0.1:3001/oidc/token",
            "https://default.logto.app/api",
            "http://127.0.0.1:3001",
        ),
        (
            {"LOGTO_ENDPOINT": "https://auth.example.com", "LOGTO_RESOURCE": "https://r.test/api"},
            "https://auth.example.com/oidc/token",
            "https://r.test/api",
            "https://auth.example.com",
        ),
        (
            {"LOGTO_ENDPOINT": "https://x.example.com", "LOGTO_API_INDICATOR": "https://i/api"},
            "https://x.example.com/oidc/token",
            "https://i/api",
            "https://x.example.com",
        ),
    ],
)
def test_create_management_api_from_env(
    env: dict[str, str], token_endpoint: str, resource: str, base_url: str
) -> None:
    environ = {"LOGTO_APP_ID": CLIENT_ID, "LOGTO_APP_SECRET": CLIENT_SECRET, **env}
    client = create_management_api_from_env(environ, timeout=3)
    assert client.credentials.token_endpoint == token_endpoint
    assert client.credentials.resource == resource
    assert client.credentials.client_id == CLIENT_ID
    assert client._base_url == base_url
    assert client._timeout == httpx.Timeout(3.0)


def test_create_management_api_from_env_names_what_is_missing() -> None:
    with pytest.raises(ValueError, match=r"set LOGTO_ENDPOINT .*, LOGTO_APP_SECRET$") as caught:
        create_management_api_from_env({"LOGTO_APP_ID": CLIENT_ID})
    assert CLIENT_SECRET not in str(caught.value)


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_idle_connections_expire_before_logtos_keep_alive_timeout(backend: str) -> None:
    """Node (Logto) drops a connection after 5 s idle; the client must not reuse one that old."""
    client = create_management_api(
        client_id="app",
        client_secret="secret",
        base_url="http://127.0.0.1:9",
        http_backend="aiohttp" if backend == "aiohttp" else "httpx",
    )
    async with client:
        limits = client.runtime.transport_args["limits"]
        assert isinstance(limits, httpx.Limits)
        assert limits.keepalive_expiry is not None
        assert limits.keepalive_expiry < 5.0
        client.get_async_httpx_client()  # the transport accepts them
    custom = httpx.Limits(max_connections=5, keepalive_expiry=1.0)
    mine = create_management_api(
        client_id="app",
        client_secret="secret",
        base_url="http://127.0.0.1:9",
        httpx_args={"limits": custom},
    )
    assert mine.runtime.transport_args["limits"] is custom
