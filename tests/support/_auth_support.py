"""Test support for the auth module (owner: auth).

* `exchange` / `recorded_response`: the recorded Logto traffic (``../shared/logto-traffic``).
* `FakeClock`: a monotonic clock the test moves by hand.
* `FakeLogto`: a MockTransport handler playing Logto's token endpoint and a few API paths. It
  issues distinct tokens (``tok-1``, ``tok-2``...), accepts only those it has not revoked, records
  every request, and can hold token answers or API answers until the test releases them.
* `leaked`: every text a secret could hide in (str/repr, exception chains, log records).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import traceback
from collections.abc import Iterable
from typing import Any

import httpx
import pytest

from logto_management._credentials import ClientCredentials
from logto_management._tokens import AccessToken

# The app of the recorded traffic (the secret is a placeholder of a throwaway server).
CLIENT_ID = "g5mftoyauf2wy8a63cbae"
CLIENT_SECRET = "9iBbjCd5X9I0xMowWy8bPRmuubKAdmKN"
OSS_RESOURCE = "https://default.logto.app/api"
TOKEN_URL = "http://localhost:3001/oidc/token"
BASE_URL = "https://tenant.logto.app"


class FakeClock:
    """A monotonic clock that only moves when told to."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def count_sync_callers(
    monkeypatch: pytest.MonkeyPatch, creds: ClientCredentials, expected: int
) -> threading.Event:
    """An event set once ``expected`` threads have entered `get_access_token_sync`."""
    all_waiting = threading.Event()
    lock = threading.Lock()
    entered = 0
    original = creds.get_access_token_sync

    def counting(*, http_client: httpx.Client | None = None) -> AccessToken:
        nonlocal entered
        with lock:
            entered += 1
            if entered == expected:
                all_waiting.set()
        return original(http_client=http_client)

    monkeypatch.setattr(creds, "get_access_token_sync", counting)
    return all_waiting


def bearer(request: httpx.Request) -> str | None:
    value = request.headers.get("Authorization", "")
    return value[len("Bearer ") :] if value.startswith("Bearer ") else None


class FakeLogto:
    """Token endpoint plus a small Management API, for ``httpx.MockTransport``.

    ``/api/status``, ``/api/swagger.json`` and ``/api/.well-known/*`` answer without a token;
    every other ``/api/`` path needs a token this server issued and has not revoked. ``GET
    /api/users`` answers ``[]``; other paths echo the request body. ``/api/slow`` waits for
    ``slow_gate`` before answering (async handler only).
    """

    def __init__(self, *, expires_in: object = 3600, scope: str | None = "all") -> None:
        self.expires_in = expires_in
        self.scope = scope
        self.token_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        self.issued: list[str] = []
        self.revoked: set[str] = set()
        self.reject_all = False
        # Async handler only: token answers wait for token_gate (when set), /api/slow for slow_gate.
        self.token_gate: asyncio.Event | None = None
        self.token_arrived = asyncio.Event()
        self.slow_gate = asyncio.Event()
        self.slow_arrived = asyncio.Event()
        # Sync handler only: token answers wait for this event (when set).
        self.sync_token_gate: threading.Event | None = None
        self.token_failures = 0  # answer this many token requests with a 500 first
        self._lock = threading.Lock()

    @property
    def api_attempts(self) -> int:
        return len(self.api_requests)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def async_transport(self) -> httpx.MockTransport:
        """Serves async clients with `handle_async` (gates honoured), sync ones with `handle`."""
        server = self

        class Transport(httpx.MockTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                await request.aread()
                return await server.handle_async(request)

        return Transport(self.handle)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oidc/token"):
            self.token_arrived.set()
            if self.token_gate is not None:
                await self.token_gate.wait()
        elif request.url.path.endswith("/api/slow"):
            self.slow_arrived.set()
            await self.slow_gate.wait()
        return self.handle(request)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/oidc/token"):
            if self.sync_token_gate is not None:
                assert self.sync_token_gate.wait(timeout=30), "token gate never opened"
            return self._token(request)
        return self._api(request)

    def revoke_all(self) -> None:
        self.revoked.update(self.issued)

    def _token(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.token_requests.append(snapshot(request))
            if self.token_failures > 0:
                self.token_failures -= 1
                return httpx.Response(500, json={"code": "unknown", "message": "boom"})
            token = f"tok-{len(self.issued) + 1}"
            self.issued.append(token)
        body: dict[str, Any] = {"access_token": token, "token_type": "Bearer"}
        if self.expires_in is not None:
            body["expires_in"] = self.expires_in
        if self.scope is not None:
            body["scope"] = self.scope
        return httpx.Response(200, json=body)

    def _api(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith(("/api/status", "/api/swagger.json")) or "/api/.well-known/" in path:
            return httpx.Response(204 if path.endswith("/status") else 200, json={})
        with self._lock:
            self.api_requests.append(snapshot(request))
        token = bearer(request)
        if token is None:
            return recorded_or(401, "Authorization header is missing.")
        if self.reject_all or token not in self.issued or token in self.revoked:
            return recorded_or(401, "Unauthorized. Please check credentials and its scope.")
        if request.method == "GET" and path.endswith("/api/users"):
            return httpx.Response(200, json=[], headers={"Total-Number": "0"})
        if path.endswith("/api/missing"):
            return httpx.Response(404, json={"code": "entity.not_found", "message": "Not found"})
        return httpx.Response(200, content=request.content or b"{}")


def snapshot(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` as it is now: auth flows change headers in place on a resend."""
    return httpx.Request(
        request.method,
        request.url,
        headers=request.headers.copy(),
        content=request.content,
        extensions=dict(request.extensions),
    )


def recorded_or(status: int, message: str) -> httpx.Response:
    code = "auth.authorization_header_missing" if "missing" in message else "auth.unauthorized"
    return httpx.Response(status, json={"code": code, "message": message})


def leaked(
    secrets: Iterable[str],
    *,
    objects: Iterable[object] = (),
    records: Iterable[logging.LogRecord] = (),
) -> list[str]:
    """The secrets found in the str/repr of ``objects`` (whole exception chains) and ``records``."""
    texts: list[str] = []
    for obj in objects:
        texts += [str(obj), repr(obj)]
        if isinstance(obj, BaseException):
            texts.append("".join(traceback.format_exception(obj)))
            cause = obj.__cause__ or obj.__context__
            while cause is not None:
                texts += [str(cause), repr(cause)]
                cause = cause.__cause__ or cause.__context__
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in records:
        texts += [formatter.format(record), repr(record.args), repr(record.__dict__)]
    return sorted({s for s in secrets for text in texts if s in text})
