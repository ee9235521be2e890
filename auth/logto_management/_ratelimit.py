"""Client-side rate limiting: at most ``max_requests`` starts in any window of ``per_seconds``.

Logto Cloud asks clients to stay around 200 requests per 10 seconds; ``(200, 10.0)`` does that.
The limiter smooths a burst by making the excess wait for a free slot; it never fails a request.

It is a sliding-window log: it remembers the start times of the last ``max_requests`` slots and
gives the next caller the later of "now" and "oldest remembered slot + per_seconds". Each slot is
booked synchronously (under a lock for the thread-safe variant) and only then slept towards, so
concurrent callers queue in arrival order without holding a lock while they sleep, and the wait is
computed once: no polling loop, and an injected fake ``sleep`` and ``clock`` make tests exact.
A caller cancelled while waiting leaves its slot booked, which only errs on the safe side.

Why not a library: ``aiolimiter`` is async only and reads the event loop's clock, so tests would
have to really wait; ``limits`` and ``pyrate-limiter`` bring storage backends this does not need.
The whole algorithm is the few lines of ``_book`` below, and the library's runtime dependencies stay
httpx, attrs and python-dateutil.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Protocol

__all__ = ["AsyncLimiter", "AsyncRateLimiter", "RateLimiter"]


class AsyncLimiter(Protocol):
    """What the async retry transport waits on before each attempt: `AsyncRateLimiter`,
    `logto_management.redis.RedisRateLimiter`, or your own."""

    async def acquire(self) -> None:
        """Return when one more request may start; never raise for the limiter's own trouble."""


class _SlidingWindow:
    def __init__(self, max_requests: int, per_seconds: float, clock: Callable[[], float]) -> None:
        if max_requests < 1:
            raise ValueError("max_requests must be at least 1")
        if not per_seconds > 0:
            raise ValueError("per_seconds must be positive")
        self.max_requests = max_requests
        self.per_seconds = per_seconds
        self._clock = clock
        self._slots: deque[float] = deque()

    def _book(self) -> float:
        """Book the next slot and return how long the caller must wait for it (0 if none)."""
        now = self._clock()
        slot = now
        if len(self._slots) >= self.max_requests:
            slot = max(now, self._slots.popleft() + self.per_seconds)
        self._slots.append(slot)
        return slot - now

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(max_requests={self.max_requests}, per_seconds={self.per_seconds})"


class AsyncRateLimiter(_SlidingWindow):
    """Async rate limiter shared by all requests of one client: ``await limiter.acquire()``.

    ``clock`` (monotonic seconds) and ``sleep`` are injectable for tests. Use one limiter within
    one event loop.
    """

    def __init__(
        self,
        max_requests: int,
        per_seconds: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        super().__init__(max_requests, per_seconds, clock)
        self._sleep = sleep

    async def acquire(self) -> None:
        """Wait until one more request may start."""
        delay = self._book()  # no await before booking: atomic within the event loop
        if delay > 0:
            await self._sleep(delay)


class RateLimiter(_SlidingWindow):
    """Thread-safe rate limiter for synchronous clients: ``limiter.acquire()``."""

    def __init__(
        self,
        max_requests: int,
        per_seconds: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        super().__init__(max_requests, per_seconds, clock)
        self._sleep = sleep
        self._lock = threading.Lock()

    def acquire(self) -> None:
        """Block until one more request may start."""
        with self._lock:
            delay = self._book()
        if delay > 0:
            self._sleep(delay)
