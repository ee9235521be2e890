"""Test controls: counters, injected faults, token expiry, capped totals and latency.

The double may serve from another thread (``serve_in_thread``) while a test drives these
controls, so every method is thread-safe, and hanging requests are released through their own
event loop (``call_soon_threadsafe``).
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import threading
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .._http import JSONType

if TYPE_CHECKING:
    from .._model.state import State
    from .oidc import TokenIssuer

Where = Literal["api", "token", "any"]
TOKEN_PATH = "/oidc/token"
MAX_RECORDED_REQUESTS = 10_000


@dataclass(frozen=True)
class RecordedRequest:
    """One request the double received; ``status`` is ``None`` when no answer was sent."""

    method: str
    path: str
    query: str
    status: int | None


@dataclass
class Fault:
    """What to do to the next matching request (see :meth:`Controls.fail_next` and others)."""

    action: Literal["fail", "hang", "drop"]
    remaining: int
    where: Where = "api"
    method: str | None = None
    path: str | None = None
    status: int = 503
    retry_after: str | None = None
    body: JSONType = None
    delay: float | None = None

    def matches(self, method: str, path: str) -> bool:
        if self.where == "api" and not path.startswith("/api/"):
            return False
        if self.where == "token" and path != TOKEN_PATH:
            return False
        if self.method is not None and self.method.upper() != method:
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)


class _Hang:
    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.event = asyncio.Event()

    def release(self) -> None:
        self.loop.call_soon_threadsafe(self.event.set)


class Controls:
    """Knobs and counters of a :class:`~logto_management.testing.LogtoDouble`."""

    def __init__(self, state: State, issuer: TokenIssuer) -> None:
        self._state = state
        self._issuer = issuer
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._faults: list[Fault] = []
        self._hangs: list[_Hang] = []
        self._hang_waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None], int]] = []
        self.token_requests = 0
        """Requests to ``POST /oidc/token`` (successful or not)."""
        self.api_requests = 0
        """Requests to ``/api/...``."""
        self.requests: deque[RecordedRequest] = deque(maxlen=MAX_RECORDED_REQUESTS)
        """The latest requests, oldest first (at most 10,000)."""
        self.latency = 0.0
        """Seconds added to every request before it is answered (0: none)."""
        self.sleep: Callable[[float], Awaitable[object]] = asyncio.sleep
        """How the latency is waited for (tests may replace it)."""
        self.total_number_cap: int | None = None
        """When set, list totals above it are reported capped (``Total-Number-Is-Capped``)."""

    # --- counters ----------------------------------------------------------------------------

    @property
    def tokens_issued(self) -> int:
        """Access tokens the token endpoint has handed out."""
        return self._issuer.issued_count

    def reset(self) -> None:
        """Zero the counters, forget recorded requests and pending faults, release hangs."""
        with self._lock:
            self.token_requests = 0
            self.api_requests = 0
            self.requests.clear()
            self._faults.clear()
        self.release()

    def _record_start(self, method: str, path: str) -> Fault | None:
        """Count a request and pick the fault it triggers, if any (called by the app)."""
        with self._lock:
            if path == TOKEN_PATH:
                self.token_requests += 1
            elif path.startswith("/api/"):
                self.api_requests += 1
            for fault in self._faults:
                if fault.remaining > 0 and fault.matches(method, path):
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault
            return None

    def _record_end(self, method: str, path: str, query: str, status: int | None) -> None:
        with self._lock:
            self.requests.append(RecordedRequest(method, path, query, status))

    # --- faults ------------------------------------------------------------------------------

    def fail_next(
        self,
        count: int = 1,
        *,
        status: int = 503,
        retry_after: float | str | None = None,
        body: JSONType = None,
        where: Where = "api",
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Answer the next ``count`` matching requests with ``status`` (and ``Retry-After``).

        ``body`` defaults to Logto's error shape (``request.rate_limited`` for 429).
        ``where`` picks API requests, token requests or both; ``method`` and ``path`` (a glob
        such as ``/api/users*``) narrow it further. Faults queue up in the order they were added.
        """
        after = None if retry_after is None else _retry_after(retry_after)
        self._add(Fault("fail", count, where, method, path, status, after, body))

    def hang_next(
        self,
        count: int = 1,
        *,
        delay: float | None = None,
        where: Where = "api",
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Hold the next ``count`` matching requests until :meth:`release` (or ``delay`` seconds),
        then answer them normally. In-process (ASGITransport) there is no client timeout, so a
        hang lasts until it is released."""
        self._add(Fault("hang", count, where, method, path, delay=delay))

    def drop_next(
        self,
        count: int = 1,
        *,
        where: Where = "api",
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Close the connection of the next ``count`` matching requests without an answer.

        Over loopback the client sees the server disconnect; in-process the app raises
        ``httpx.RemoteProtocolError`` into the transport instead.
        """
        self._add(Fault("drop", count, where, method, path))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def _add(self, fault: Fault) -> None:
        if fault.remaining < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._faults.append(fault)

    # --- hangs -------------------------------------------------------------------------------

    @property
    def hanging(self) -> int:
        """Requests being held right now."""
        with self._lock:
            return len(self._hangs)

    def release(self) -> int:
        """Let every held request go on; returns how many there were."""
        with self._lock:
            hangs = list(self._hangs)
        for hang in hangs:
            hang.release()
        return len(hangs)

    async def wait_until_hanging(self, count: int = 1) -> None:
        """Return once at least ``count`` requests are held (wrap it in a timeout)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if len(self._hangs) >= count:
                return
            self._hang_waiters.append((loop, future, count))
        await future

    def wait_until_hanging_sync(self, count: int = 1, timeout: float | None = None) -> bool:
        """Block until at least ``count`` requests are held; ``False`` on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: len(self._hangs) >= count, timeout)

    async def _hang(self, fault: Fault) -> None:
        hang = _Hang()
        with self._changed:
            self._hangs.append(hang)
            held = len(self._hangs)
            ready = [w for w in self._hang_waiters if w[2] <= held]
            self._hang_waiters = [w for w in self._hang_waiters if w[2] > held]
            self._changed.notify_all()
        for loop, future, _ in ready:
            loop.call_soon_threadsafe(_resolve, future)
        try:
            if fault.delay is None:
                await hang.event.wait()
            else:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(hang.event.wait(), fault.delay)
        finally:
            with self._changed:
                self._hangs.remove(hang)
                self._changed.notify_all()

    # --- tokens, time, totals ----------------------------------------------------------------

    def expire_tokens(self) -> None:
        """Make every access token issued so far expired (``401 auth.unauthorized``)."""
        self._issuer.expire_all()

    def revoke_tokens(self) -> None:
        """Make every access token issued so far invalid (as after a signing key rotation)."""
        self._issuer.revoke_all()

    def expire_token(self, token: str) -> None:
        self._issuer.expire(token)

    def revoke_token(self, token: str) -> None:
        self._issuer.revoke(token)

    def advance_time(self, seconds: float) -> None:
        """Move the double's clock forward: tokens expire naturally, timestamps move on."""
        with self._lock:
            self._state.clock_offset += seconds

    def cap_total_number(self, cap: int | None = 0) -> None:
        """Report list totals above ``cap`` as capped, like Logto's ``enableCap``: the total
        becomes ``cap + 1``, ``Total-Number-Is-Capped: true`` is sent and the ``last``/``next``
        links are left out. ``cap=0`` caps every non-empty list; ``None`` switches it off."""
        self.total_number_cap = cap


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def _retry_after(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else str(value)
