"""Fault injection against a real HTTP server on 127.0.0.1 (the async stack).

The stack is the one create_management_api builds: LogtoAsyncHTTPClient over AsyncRetryTransport
over httpx.AsyncHTTPTransport, or over aiohttp's transport (``http_backend="aiohttp"``): every
test runs over both, and both must give the same outcome. For each fault: what the caller saw,
how many requests the server received, the waits asked for (a fake sleep: nothing really waits,
except for the tiny read timeout of the slow-server tests), and that no connection or task was
left behind.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from _backends import BACKENDS, connections_in_use, inner_async_transport
from _resilience_support import (
    Action,
    FakeSleep,
    FaultServer,
    Hang,
    Received,
    Reply,
    ResetMidBody,
    json_reply,
)

from logto_management._errors import (
    InternalServerError,
    LogtoApiError,
    LogtoConnectionError,
    LogtoTimeoutError,
    RateLimitError,
)
from logto_management._http import LogtoAsyncHTTPClient
from logto_management._transports.aiohttp import HttpBackend
from logto_management._transports.retry import AsyncRetryTransport, RetryPolicy

pytestmark = pytest.mark.filterwarnings("error::ResourceWarning")

TOKEN = "eyJ-secret-access-token"
USER = {"id": "u1", "username": "alice"}
HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


@dataclass
class _Backend:
    name: HttpBackend = "httpx"


_BACKEND = _Backend()


@pytest.fixture(autouse=True, params=BACKENDS)
def http_backend(request: pytest.FixtureRequest) -> Iterator[HttpBackend]:
    """Every test of this module runs over each transport (``run_against`` reads it)."""
    _BACKEND.name = request.param
    yield request.param
    _BACKEND.name = "httpx"


@dataclass
class Outcome:
    response: httpx.Response | None
    error: Exception | None
    received: list[Received]
    sleeps: list[float]

    @property
    def methods(self) -> list[str]:
        return [request.method for request in self.received]


async def run_against(
    script: Sequence[Action],
    method: str,
    path: str = "/api/users",
    *,
    json: Any = None,
    max_retries: int = 2,
    client_timeout: float = 10.0,
) -> Outcome:
    """Send one request through the full stack to a FaultServer playing ``script``."""
    tasks_before = asyncio.all_tasks()
    sleep = FakeSleep()
    response: httpx.Response | None = None
    error: Exception | None = None
    async with FaultServer(script) as server:
        inner = inner_async_transport(_BACKEND.name)
        transport = AsyncRetryTransport(
            inner, policy=RetryPolicy(max_retries=max_retries), sleep=sleep, random=lambda: 0.5
        )
        async with LogtoAsyncHTTPClient(
            transport=transport,
            base_url=server.url,
            timeout=client_timeout,
            headers={"Authorization": f"Bearer {TOKEN}"},
        ) as client:
            # The call the generated code makes.
            try:
                response = await client.request(method=method, url=path, json=json)
            except Exception as exc:
                error = exc
            assert connections_in_use(inner) == 0, "a response was left unreleased in the pool"
        assert server.release is not None
        server.release.set()  # a handler told to hang may now close its connection
        await server.wait_connections_closed()
        received = list(server.received)
    assert asyncio.all_tasks() - tasks_before == set(), "a task was left running"
    if error is not None:
        assert TOKEN not in str(error)
        assert TOKEN not in repr(error)
    return Outcome(response, error, received, sleep.delays)


def too_many(retry_after: str) -> Reply:
    return json_reply(
        429,
        {"code": "guard.too_many_requests", "message": "Too many requests."},
        [("Retry-After", retry_after)],
    )


async def test_429_storm_honours_retry_after_then_raises_rate_limit_error() -> None:
    outcome = await run_against([too_many("3")], "GET")

    assert isinstance(outcome.error, RateLimitError)
    assert outcome.error.status == 429
    assert outcome.error.retry_after == 3.0
    assert outcome.methods == ["GET", "GET", "GET"]  # 1 attempt + max_retries=2
    assert outcome.sleeps == [3.0, 3.0]  # Retry-After, not the backoff


async def test_429_storm_that_ends_returns_the_answer() -> None:
    outcome = await run_against([too_many("2"), too_many("1"), json_reply(200, USER)], "GET")

    assert outcome.error is None
    assert outcome.response is not None
    assert outcome.response.json() == USER
    assert len(outcome.received) == 3
    assert outcome.sleeps == [2.0, 1.0]


async def test_429_on_a_create_is_not_retried() -> None:
    outcome = await run_against(
        [too_many("1"), json_reply(200, USER)], "POST", json={"username": "alice"}
    )

    assert isinstance(outcome.error, RateLimitError)
    assert outcome.methods == ["POST"]
    assert outcome.sleeps == []


async def test_503_then_success() -> None:
    unavailable = json_reply(503, {"message": "Service Unavailable"})
    outcome = await run_against([unavailable, json_reply(200, USER)], "GET", "/api/users/u1")

    assert outcome.error is None
    assert outcome.response is not None
    assert outcome.response.status_code == 200
    assert outcome.response.json() == USER
    assert [r.path for r in outcome.received] == ["/api/users/u1", "/api/users/u1"]
    assert outcome.sleeps == [0.25]  # random()=0.5 times the first ceiling, backoff_base 0.5


async def test_connection_reset_mid_response_is_retried_for_get() -> None:
    outcome = await run_against([ResetMidBody(), json_reply(200, USER)], "GET", "/api/users/u1")

    assert outcome.error is None
    assert outcome.response is not None
    assert outcome.response.json() == USER
    assert len(outcome.received) == 2
    assert outcome.sleeps == [0.25]


async def test_connection_reset_mid_response_on_a_create_is_not_resent() -> None:
    outcome = await run_against(
        [ResetMidBody(), json_reply(200, USER)], "POST", json={"username": "alice"}
    )

    # The server may have created the user: the caller sees the broken answer, not a duplicate.
    assert isinstance(outcome.error, LogtoConnectionError)
    assert not isinstance(outcome.error, LogtoTimeoutError)
    assert isinstance(outcome.error.__cause__, httpx.ReadError | httpx.RemoteProtocolError)
    assert outcome.error.attempts == 1
    assert outcome.methods == ["POST"]
    assert outcome.received[0].body == b'{"username":"alice"}'
    assert outcome.sleeps == []


async def test_server_slower_than_the_timeout_get_is_retried_then_times_out() -> None:
    outcome = await run_against([Hang()], "GET", max_retries=1, client_timeout=0.2)

    assert isinstance(outcome.error, LogtoTimeoutError)
    assert isinstance(outcome.error.__cause__, httpx.ReadTimeout)
    assert str(outcome.error).startswith("GET http://127.0.0.1:")
    # httpcore's ReadTimeout has no text; the aiohttp transport's says what aiohttp saw.
    assert re.search(
        r"/api/users: no answer within the 0\.2 s read timeout \(2 attempts; ReadTimeout(: .+)?\)$",
        str(outcome.error),
    )
    assert outcome.methods == ["GET", "GET"]
    assert outcome.sleeps == [0.25]


async def test_server_slower_than_the_timeout_create_is_sent_once() -> None:
    outcome = await run_against([Hang()], "POST", json={"username": "alice"}, client_timeout=0.2)

    assert isinstance(outcome.error, LogtoTimeoutError)
    assert isinstance(outcome.error.__cause__, httpx.ReadTimeout)
    assert outcome.error.attempts == 1
    assert outcome.methods == ["POST"]
    assert outcome.sleeps == []


async def test_html_502_from_a_proxy_gives_a_clear_error() -> None:
    proxy_page = Reply(502, HTML_502, [("Content-Type", "text/html")])
    outcome = await run_against([proxy_page], "GET")

    assert isinstance(outcome.error, InternalServerError)
    assert outcome.error.status == 502
    assert outcome.error.code is None
    assert outcome.error.body is None
    assert "502 Bad Gateway" in outcome.error.message
    assert "text/html" in outcome.error.message
    assert str(outcome.error).startswith(
        "502: Bad Gateway (non-JSON text/html body: '<html> <head>"
    )
    assert str(outcome.error).endswith("(GET /api/users, 3 attempts)")
    assert outcome.error.attempts == 3
    assert len(outcome.received) == 3  # 502 is transient for a GET
    assert outcome.sleeps == [0.25, 0.5]  # full jitter: 0.5 * 0.5, then 0.5 * 1.0


async def test_empty_502_with_retries_off() -> None:
    outcome = await run_against([Reply(502)], "GET", max_retries=0)

    assert isinstance(outcome.error, InternalServerError)
    assert str(outcome.error) == "502: Bad Gateway (empty body) (GET /api/users)"
    assert len(outcome.received) == 1
    assert outcome.sleeps == []


async def test_500_on_a_create_is_received_exactly_once() -> None:
    failure = json_reply(500, {"code": "unknown", "message": "Internal server error."})
    outcome = await run_against(
        [failure, json_reply(200, USER)], "POST", json={"username": "alice"}
    )

    assert isinstance(outcome.error, InternalServerError)
    assert outcome.error.status == 500
    assert outcome.error.code == "unknown"
    assert str(outcome.error) == "500 unknown: Internal server error. (POST /api/users)"
    assert outcome.methods == ["POST"]
    assert outcome.sleeps == []


async def test_500_is_not_transient_even_for_get() -> None:
    failure = json_reply(500, {"code": "unknown", "message": "Internal server error."})
    outcome = await run_against([failure, json_reply(200, USER)], "GET")

    assert isinstance(outcome.error, InternalServerError)
    assert len(outcome.received) == 1


async def test_404_is_raised_at_once() -> None:
    missing = json_reply(
        404, {"code": "entity.not_found", "message": "The resource does not exist."}
    )
    outcome = await run_against([missing], "GET", "/api/users/u1")

    assert isinstance(outcome.error, LogtoApiError)
    assert str(outcome.error) == (
        "404 entity.not_found: The resource does not exist. (GET /api/users/u1)"
    )
    assert len(outcome.received) == 1
