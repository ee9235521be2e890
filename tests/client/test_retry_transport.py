"""The retry rules of AsyncRetryTransport / RetryTransport, with scripted inner transports."""

from __future__ import annotations

import asyncio
import email.utils
import logging
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from _resilience_support import (
    Answer,
    FakeSleep,
    ScriptedAsyncTransport,
    ScriptedTransport,
    Step,
)

from logto_management._headers import parse_retry_after
from logto_management._transports.retry import (
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
)

IDEMPOTENT = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]
# Resent even when the first attempt may have acted: the second one answers as the first would.
RESENT_WHEN_MAYBE_ACTED = ["GET", "HEAD", "OPTIONS", "PUT"]
NON_IDEMPOTENT = ["POST", "PATCH"]
NOT_SENT = [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout]
MAYBE_SENT = [
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
]
TOKEN = "eyJ-secret-access-token"


def make_client(
    steps: list[Step],
    *,
    policy: RetryPolicy | None = None,
    random_value: float = 1.0,
    wall_clock: float = 0.0,
) -> tuple[httpx.AsyncClient, ScriptedAsyncTransport, FakeSleep]:
    inner = ScriptedAsyncTransport(steps)
    sleep = FakeSleep()
    transport = AsyncRetryTransport(
        inner,
        policy=policy or RetryPolicy(),
        sleep=sleep,
        random=lambda: random_value,
        wall_clock=lambda: wall_clock,
    )
    client = httpx.AsyncClient(
        transport=transport,
        base_url="https://tenant.logto.app",
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    return client, inner, sleep


# --- the policy ------------------------------------------------------------------------------


def test_backoff_is_full_jitter_over_a_doubling_capped_ceiling() -> None:
    policy = RetryPolicy()
    assert [policy.backoff(n, lambda: 1.0) for n in range(1, 8)] == [0.5, 1, 2, 4, 8, 8, 8]
    assert [policy.backoff(n, lambda: 0.25) for n in range(1, 4)] == [0.125, 0.25, 0.5]
    assert policy.backoff(1, lambda: 0.0) == 0.0
    assert RetryPolicy(backoff_max=3.0).backoff(10_000, lambda: 1.0) == 3.0


def test_policy_defaults_and_validation() -> None:
    policy = RetryPolicy()
    assert (policy.max_retries, policy.backoff_base, policy.backoff_max) == (2, 0.5, 8.0)
    assert (policy.retry_after_max, policy.retry_non_idempotent) == (60.0, False)
    assert policy.retry_statuses == {429, 502, 503, 504}
    assert policy.idempotent_methods == {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match="backoff"):
        RetryPolicy(backoff_base=-0.1)


def test_parse_retry_after() -> None:
    now = 1_700_000_000.0
    in_90s = email.utils.formatdate(now + 90, usegmt=True)
    past = email.utils.formatdate(now - 90, usegmt=True)
    assert parse_retry_after("5", now=now) == 5.0
    assert parse_retry_after(" 2 ", now=now) == 2.0
    assert parse_retry_after("0", now=now) == 0.0
    assert parse_retry_after("1.5", now=now) == 1.5
    assert parse_retry_after("-3", now=now) == 0.0
    assert parse_retry_after(in_90s, now=now) == 90.0
    assert parse_retry_after(past, now=now) == 0.0
    assert parse_retry_after("Sun, 06 Nov 1994 08:49:37", now=now) == 0.0  # no zone: GMT
    for bad in ["", "soon", "nan", "inf", "Sun, 99 Nov 1994 99:49:37 GMT"]:
        assert parse_retry_after(bad, now=now) is None, bad


# --- what is retried -------------------------------------------------------------------------


@pytest.mark.parametrize("method", IDEMPOTENT + NON_IDEMPOTENT)
@pytest.mark.parametrize("error", NOT_SENT)
async def test_errors_before_sending_are_retried_for_every_method(
    method: str, error: type[httpx.TransportError]
) -> None:
    client, inner, sleep = make_client([error, Answer(201)])
    async with client:
        response = await client.request(method, "/api/users", json={"username": "a"})
    assert response.status_code == 201
    assert len(inner.requests) == 2
    assert inner.bodies[-1] == (b'{"username":"a"}')
    assert sleep.delays == [0.5]


@pytest.mark.parametrize("error", MAYBE_SENT)
@pytest.mark.parametrize("method", RESENT_WHEN_MAYBE_ACTED)
async def test_errors_after_sending_are_retried_for_idempotent_methods(
    method: str, error: type[httpx.TransportError]
) -> None:
    client, inner, sleep = make_client([error, error, Answer(200)])
    async with client:
        response = await client.request(method, "/api/users/u1")
    assert response.status_code == 200
    assert len(inner.requests) == 3
    assert sleep.delays == [0.5, 1.0]


@pytest.mark.parametrize("error", MAYBE_SENT)
@pytest.mark.parametrize("method", NON_IDEMPOTENT)
async def test_errors_after_sending_are_not_retried_for_post_and_patch(
    method: str, error: type[httpx.TransportError]
) -> None:
    client, inner, sleep = make_client([error, Answer(200)])
    async with client:
        with pytest.raises(error):
            await client.request(method, "/api/users", json={"username": "a"})
    assert len(inner.requests) == 1
    assert sleep.delays == []


@pytest.mark.parametrize("status", [429, 502, 503, 504])
@pytest.mark.parametrize("method", RESENT_WHEN_MAYBE_ACTED)
async def test_transient_statuses_are_retried_for_idempotent_methods(
    method: str, status: int
) -> None:
    client, inner, _sleep = make_client([Answer(status), Answer(200)])
    async with client:
        response = await client.request(method, "/api/users/u1")
    assert response.status_code == 200
    assert len(inner.requests) == 2


# --- DELETE: resent only when Logto surely did not act (issue 19) ------------------------------


@pytest.mark.parametrize("error", MAYBE_SENT)
async def test_a_delete_that_may_have_acted_is_not_resent(
    error: type[httpx.TransportError],
) -> None:
    # Resent, a DELETE that Logto carried out answers 404: "not found" for a delete that worked.
    client, inner, sleep = make_client([error, Answer(404)])
    async with client:
        with pytest.raises(error) as raised:
            await client.delete("/api/users/u1")
    assert len(inner.requests) == 1
    assert sleep.delays == []
    note = raised.value.request.extensions["logto_management.not_resent"]
    assert note == "not resent: Logto may have acted on this DELETE"


@pytest.mark.parametrize("status", [502, 504])
async def test_a_delete_answered_by_a_gateway_error_is_not_resent(status: int) -> None:
    client, inner, _sleep = make_client([Answer(status), Answer(404)])
    async with client:
        response = await client.delete("/api/users/u1")
    assert response.status_code == status
    assert len(inner.requests) == 1


@pytest.mark.parametrize("status", [429, 503])
async def test_a_delete_refused_with_429_or_503_is_resent(status: int) -> None:
    client, inner, _sleep = make_client([Answer(status), Answer(204)])
    async with client:
        response = await client.delete("/api/users/u1")
    assert response.status_code == 204
    assert len(inner.requests) == 2


@pytest.mark.parametrize("error", NOT_SENT)
async def test_a_delete_that_was_not_sent_is_resent(error: type[httpx.TransportError]) -> None:
    client, inner, _sleep = make_client([error, Answer(204)])
    async with client:
        response = await client.delete("/api/users/u1")
    assert response.status_code == 204
    assert len(inner.requests) == 2


def test_a_sync_delete_that_may_have_acted_is_not_resent() -> None:
    inner = ScriptedTransport([httpx.ReadTimeout, Answer(404)])
    transport = RetryTransport(inner, sleep=FakeSleep(), random=lambda: 1.0)
    client = httpx.Client(transport=transport, base_url="https://tenant.logto.app")
    with client, pytest.raises(httpx.ReadTimeout):
        client.delete("/api/users/u1")
    assert len(inner.requests) == 1


async def test_a_resendable_post_is_retried_like_an_idempotent_request() -> None:
    # The token request: a POST marked resendable (asking twice for a token changes nothing).
    client, inner, sleep = make_client([Answer(429, headers=[("Retry-After", "3")]), Answer(200)])
    async with client:
        request = client.build_request(
            "POST", "/oidc/token", extensions={"logto_management.resendable": True}
        )
        response = await client.send(request)
    assert response.status_code == 200
    assert len(inner.requests) == 2
    assert sleep.delays == [3.0]


@pytest.mark.parametrize("status", [429, 502, 503, 504])
@pytest.mark.parametrize("method", NON_IDEMPOTENT)
async def test_transient_statuses_are_not_retried_for_post_and_patch(
    method: str, status: int
) -> None:
    client, inner, _sleep = make_client([Answer(status), Answer(200)])
    async with client:
        response = await client.request(method, "/api/users", json={})
    assert response.status_code == status
    assert len(inner.requests) == 1


@pytest.mark.parametrize("status", [400, 401, 404, 409, 422, 500, 501])
async def test_other_statuses_are_not_retried(status: int) -> None:
    client, inner, _sleep = make_client([Answer(status), Answer(200)])
    async with client:
        response = await client.get("/api/users")
    assert response.status_code == status
    assert len(inner.requests) == 1


async def test_retry_non_idempotent_opts_post_in() -> None:
    policy = RetryPolicy(retry_non_idempotent=True)
    client, inner, _sleep = make_client(
        [httpx.ReadTimeout, Answer(503), Answer(201)], policy=policy
    )
    async with client:
        response = await client.post("/api/users", json={"username": "a"})
    assert response.status_code == 201
    assert len(inner.requests) == 3
    assert set(inner.bodies) == {b'{"username":"a"}'}


async def test_max_retries_zero_turns_retries_off() -> None:
    client, inner, sleep = make_client([httpx.ConnectError, Answer(200)], policy=RetryPolicy(0))
    async with client:
        with pytest.raises(httpx.ConnectError):
            await client.get("/api/users")
    assert len(inner.requests) == 1
    assert sleep.delays == []


async def test_exhausted_retries_return_the_last_response() -> None:
    client, inner, sleep = make_client([Answer(503, body=b"busy")])
    async with client:
        response = await client.get("/api/users")
    assert response.status_code == 503
    assert response.text == "busy"
    assert len(inner.requests) == 3
    assert sleep.delays == [0.5, 1.0]


async def test_exhausted_retries_raise_the_last_error() -> None:
    client, inner, _sleep = make_client([httpx.ConnectError])
    async with client:
        with pytest.raises(httpx.ConnectError):
            await client.post("/api/users", json={})
    assert len(inner.requests) == 3


async def test_errors_that_are_not_transport_errors_are_not_retried() -> None:
    client, inner, _sleep = make_client([RuntimeError, Answer(200)])
    async with client:
        with pytest.raises(RuntimeError):
            await client.get("/api/users")
    assert len(inner.requests) == 1


async def test_a_streamed_request_body_is_not_sent_twice() -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b'{"name":'
        yield b'"x"}'

    client, inner, _sleep = make_client([Answer(503), Answer(200)])
    async with client:
        response = await client.put("/api/users/u1/custom-data", content=body())
    assert response.status_code == 503  # not replayable: the 503 is the answer
    assert inner.bodies == [b'{"name":"x"}']


# --- Retry-After -----------------------------------------------------------------------------


async def test_retry_after_seconds_is_honoured_instead_of_the_backoff() -> None:
    client, _inner, sleep = make_client(
        [Answer(429, [("Retry-After", "7")]), Answer(503, [("Retry-After", "0")]), Answer(200)]
    )
    async with client:
        await client.get("/api/users")
    assert sleep.delays == [7.0, 0.0]


async def test_retry_after_http_date_uses_the_wall_clock() -> None:
    now = 1_445_412_468.0  # Wed, 21 Oct 2015 07:27:48 GMT
    date = "Wed, 21 Oct 2015 07:28:00 GMT"
    client, _inner, sleep = make_client(
        [Answer(503, [("Retry-After", date)]), Answer(200)], wall_clock=now
    )
    async with client:
        await client.get("/api/users")
    assert sleep.delays == [12.0]


async def test_retry_after_is_capped_and_garbage_falls_back_to_backoff() -> None:
    client, _inner, sleep = make_client(
        [
            Answer(429, [("Retry-After", "3600")]),
            Answer(429, [("Retry-After", "later")]),
            Answer(200),
        ],
        policy=RetryPolicy(retry_after_max=30.0),
    )
    async with client:
        await client.get("/api/users")
    assert sleep.delays == [30.0, 1.0]  # capped; then the backoff of retry 2 (random() = 1.0)


# --- resources -------------------------------------------------------------------------------


async def test_discarded_responses_are_closed() -> None:
    client, inner, _sleep = make_client([Answer(502), Answer(504), Answer(200, body=b"ok")])
    async with client:
        response = await client.get("/api/users")
        assert response.text == "ok"
    assert len(inner.streams) == 3
    assert all(stream.closed for stream in inner.streams)


async def test_cancelled_while_waiting_leaves_nothing_open() -> None:
    inner = ScriptedAsyncTransport([Answer(503), Answer(200)])
    waiting = asyncio.Event()

    async def sleep_forever(delay: float) -> None:
        waiting.set()
        await asyncio.Event().wait()  # until cancelled

    transport = AsyncRetryTransport(inner, sleep=sleep_forever)
    async with httpx.AsyncClient(transport=transport, base_url="https://t.logto.app") as client:
        task = asyncio.create_task(client.get("/api/users"))
        await waiting.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert len(inner.requests) == 1
    assert inner.streams[0].closed
    assert inner.closed  # closing the client closed the inner transport


async def test_the_rate_limiter_is_acquired_before_every_attempt() -> None:
    class CountingLimiter:
        calls = 0

        async def acquire(self) -> None:
            self.calls += 1

    limiter = CountingLimiter()
    inner = ScriptedAsyncTransport([httpx.ConnectError, Answer(503), Answer(200)])
    transport = AsyncRetryTransport(inner, rate_limiter=limiter, sleep=FakeSleep())
    async with httpx.AsyncClient(transport=transport, base_url="https://t.logto.app") as client:
        await client.get("/api/users")
    assert limiter.calls == 3 == len(inner.requests)


# --- logging ---------------------------------------------------------------------------------


async def test_each_retry_is_logged_without_query_headers_or_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    client, _inner, _sleep = make_client(
        [httpx.ConnectError, Answer(503, [("Retry-After", "2")]), Answer(200)], random_value=0.5
    )
    async with client:
        await client.get("/api/users", params={"search": "%alice@example.com%"})

    records = [
        r for r in caplog.records if r.name == "logto_management" and r.levelno > logging.DEBUG
    ]
    assert [r.levelname for r in records] == ["WARNING", "WARNING"]
    assert records[0].getMessage() == (
        "Retrying GET /api/users after ConnectError (retry 1 of 2, attempt 2) in 0.25 s"
    )
    assert records[1].getMessage() == (
        "Retrying GET /api/users after 503 Service Unavailable (retry 2 of 2, attempt 3) in 2.00 s"
    )
    assert [(r.logto_method, r.logto_path, r.logto_attempt, r.logto_delay) for r in records] == [  # type: ignore[attr-defined]
        ("GET", "/api/users", 2, 0.25),
        ("GET", "/api/users", 3, 2.0),
    ]
    ours = "\n".join(r.getMessage() for r in records) + repr([r.__dict__ for r in records])
    assert TOKEN not in ours
    assert "alice" not in ours  # the query string stays out of our log lines


# --- the synchronous transport ---------------------------------------------------------------


def make_sync_client(
    steps: list[Step], policy: RetryPolicy | None = None
) -> tuple[httpx.Client, ScriptedTransport, FakeSleep]:
    inner = ScriptedTransport(steps)
    sleep = FakeSleep()
    transport = RetryTransport(
        inner, policy=policy or RetryPolicy(), sleep=sleep.sync, random=lambda: 1.0
    )
    return httpx.Client(transport=transport, base_url="https://t.logto.app"), inner, sleep


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sync_connect_errors_are_retried_for_every_method(method: str) -> None:
    client, inner, sleep = make_sync_client([httpx.ConnectError, Answer(200)])
    with client:
        assert client.request(method, "/api/users", json={}).status_code == 200
    assert len(inner.requests) == 2
    assert sleep.delays == [0.5]
    assert inner.closed


def test_sync_read_error_on_post_is_not_retried() -> None:
    client, inner, _sleep = make_sync_client([httpx.ReadError, Answer(200)])
    with client, pytest.raises(httpx.ReadError):
        client.post("/api/users", json={})
    assert len(inner.requests) == 1


def test_sync_retry_after_and_closing() -> None:
    client, inner, sleep = make_sync_client(
        [Answer(429, [("Retry-After", "4")]), Answer(503), Answer(200, body=b"ok")]
    )
    with client:
        assert client.get("/api/users").text == "ok"
    assert sleep.delays == [4.0, 1.0]
    assert all(stream.closed for stream in inner.streams)


def test_sync_rate_limiter_is_used() -> None:
    from logto_management._ratelimit import RateLimiter

    sleep = FakeSleep()
    limiter = RateLimiter(1, 5.0, clock=lambda: 0.0, sleep=sleep.sync)
    inner = ScriptedTransport([Answer(503), Answer(200)])
    transport = RetryTransport(inner, rate_limiter=limiter, sleep=sleep.sync, random=lambda: 0.0)
    with httpx.Client(transport=transport, base_url="https://t.logto.app") as client:
        client.get("/api/users")
    # attempt 1: free; backoff 0.0; attempt 2: waits for the window (5 s after attempt 1).
    assert sleep.delays == [0.0, 5.0]


def flaky_handler(calls: list[str]) -> Callable[[httpx.Request], httpx.Response]:
    """503 on the first call, then 200; bodies already in memory, as MockTransport gives them."""

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(503 if len(calls) == 1 else 200, json={"n": len(calls)})

    return handler


async def test_in_memory_responses_of_mock_transports_pass_through() -> None:
    calls: list[str] = []
    transport = AsyncRetryTransport(httpx.MockTransport(flaky_handler(calls)), sleep=FakeSleep())
    async with httpx.AsyncClient(transport=transport, base_url="https://t.logto.app") as client:
        response = await client.get("/api/users")
    assert response.json() == {"n": 2}


def test_sync_in_memory_responses_of_mock_transports_pass_through() -> None:
    calls: list[str] = []
    transport = RetryTransport(httpx.MockTransport(flaky_handler(calls)), sleep=FakeSleep().sync)
    with httpx.Client(transport=transport, base_url="https://t.logto.app") as client:
        assert client.get("/api/users").json() == {"n": 2}
