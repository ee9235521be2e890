"""Fault injection for the synchronous stack: LogtoHTTPClient over RetryTransport over
httpx.HTTPTransport, against a FaultServer running on its own thread's event loop."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from _resilience_support import (
    Action,
    FakeSleep,
    Hang,
    Received,
    Reply,
    ResetMidBody,
    ThreadedFaultServer,
    connections_in_use,
    json_reply,
)

from logto_management._errors import InternalServerError, LogtoTimeoutError, RateLimitError
from logto_management._http import LogtoHTTPClient
from logto_management._transports.retry import RetryPolicy, RetryTransport

pytestmark = pytest.mark.filterwarnings("error::ResourceWarning")

USER = {"id": "u1", "username": "alice"}


@dataclass
class Outcome:
    response: httpx.Response | None
    error: Exception | None
    received: list[Received]
    sleeps: list[float]


def run_against(
    script: Sequence[Action],
    method: str,
    path: str = "/api/users",
    *,
    json: Any = None,
    timeout: float = 10.0,
) -> Outcome:
    threads_before = set(threading.enumerate())
    sleep = FakeSleep()
    response: httpx.Response | None = None
    error: Exception | None = None
    threaded = ThreadedFaultServer(script)
    with threaded as server:
        inner = httpx.HTTPTransport()
        transport = RetryTransport(
            inner, policy=RetryPolicy(), sleep=sleep.sync, random=lambda: 1.0
        )
        with LogtoHTTPClient(transport=transport, base_url=server.url, timeout=timeout) as client:
            try:
                response = client.request(method=method, url=path, json=json)
            except Exception as exc:
                error = exc
            assert connections_in_use(inner) == 0
        threaded.release()
        threaded.wait_connections_closed()
        received = list(server.received)
    assert set(threading.enumerate()) - threads_before == set(), "a thread was left running"
    return Outcome(response, error, received, sleep.delays)


def test_sync_503_then_success() -> None:
    outcome = run_against([json_reply(503, {"message": "busy"}), json_reply(200, USER)], "GET")

    assert outcome.error is None
    assert outcome.response is not None
    assert outcome.response.json() == USER
    assert len(outcome.received) == 2
    assert outcome.sleeps == [0.5]


def test_sync_429_storm_with_http_date_retry_after_capped() -> None:
    far = "Fri, 01 Jan 2100 00:00:00 GMT"  # decades away: capped at retry_after_max (60 s)
    storm = json_reply(429, {"message": "Too many requests."}, [("Retry-After", far)])
    outcome = run_against([storm], "DELETE", "/api/users/u1")

    assert isinstance(outcome.error, RateLimitError)
    assert outcome.error.retry_after is not None
    assert outcome.error.retry_after > 60
    assert [r.method for r in outcome.received] == ["DELETE"] * 3
    assert outcome.sleeps == [60.0, 60.0]


def test_sync_connection_reset_mid_response_get_is_retried() -> None:
    outcome = run_against([ResetMidBody(), json_reply(200, USER)], "GET", "/api/users/u1")

    assert outcome.error is None
    assert outcome.response is not None
    assert outcome.response.json() == USER
    assert len(outcome.received) == 2


def test_sync_slow_server_create_is_sent_once() -> None:
    outcome = run_against([Hang()], "POST", json={"username": "alice"}, timeout=0.2)

    assert isinstance(outcome.error, LogtoTimeoutError)
    assert isinstance(outcome.error.__cause__, httpx.ReadTimeout)
    assert [r.method for r in outcome.received] == ["POST"]
    assert outcome.sleeps == []


def test_sync_html_502() -> None:
    page = Reply(
        502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", [("Content-Type", "text/html")]
    )
    outcome = run_against([page], "GET")

    assert isinstance(outcome.error, InternalServerError)
    assert "<h1>502 Bad Gateway</h1>" in outcome.error.message
    assert len(outcome.received) == 3


def test_sync_500_on_a_create_is_received_exactly_once() -> None:
    outcome = run_against(
        [json_reply(500, {"code": "unknown", "message": "Internal server error."})],
        "POST",
        json={"username": "alice"},
    )

    assert isinstance(outcome.error, InternalServerError)
    assert [r.method for r in outcome.received] == ["POST"]
    assert outcome.sleeps == []
