"""`RedisRateLimiter`: one request budget for every process of a fleet, kept in Redis.

The algorithm is the in-process limiter's (`_ratelimit`): a sliding-window log of the start times
of the last ``max_requests`` slots; the next caller gets the later of "now" and "oldest remembered
slot + per_seconds", books it and sleeps until then. Here the log is a Redis list and the booking
one Lua script, so booking is atomic across processes, callers are served in arrival order, each
waits once for a slot it holds (no polling, no retry storm), and "now" is the Redis server's
clock: the processes' own clocks may disagree by any amount. Each process maps Redis's clock onto
its own from its quickest exchanges (`_RedisTime`), so it wakes up at its slot however long a
particular answer took.

Why not a library (evaluated: ``limits`` 5.8 with its async Redis storage, ``pyrate-limiter``
4.5's ``RedisBucket``): both timestamp entries with each client's own ``time.time()``, so clock
differences between replicas shift the window; ``limits`` only answers "allowed or not" (a caller
would have to poll and retry, in no particular order); ``pyrate-limiter`` waits by sleeping and
trying again. The twelve lines of Lua below book a turn and say how long to wait for it.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable

from redis.asyncio import Redis

from ._ratelimit import AsyncRateLimiter
from ._redis_outage import RedisOutage

__all__ = ["RedisRateLimiter"]

_MAX_REBOOKINGS = 5  # then the request goes anyway: a limiter must not starve its caller

# KEYS[1]: the booked slots (microseconds on the Redis clock), oldest first.
# ARGV: max_requests, the window and the spacing in microseconds.
# Returns Redis's now and the slot booked, in microseconds.
_BOOK = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local max = tonumber(ARGV[1])
local per = tonumber(ARGV[2])
local spacing = tonumber(ARGV[3])
local slot = now
local last = redis.call('LINDEX', KEYS[1], -1)
if last then
  slot = math.max(slot, tonumber(last) + spacing)
end
local n = redis.call('LLEN', KEYS[1])
if n >= max then
  local popped = redis.call('LPOP', KEYS[1], n - max + 1)
  slot = math.max(slot, tonumber(popped[#popped]) + per)
end
redis.call('RPUSH', KEYS[1], string.format('%.0f', slot))
redis.call('PEXPIRE', KEYS[1], math.ceil((slot - now + per) / 1000) + 1000)
return {now, slot}
"""

# How much less a clock reading is trusted per second of age (like NTP's dispersion): a quick
# answer seen long ago gives way to a slower recent one, so the mapping follows clock steps.
_AGEING = 0.001


class _RedisTime:
    """Maps the Redis server's clock onto this process's clock (``clock``).

    Each booking returns Redis's "now", read somewhere between sending and receiving. The
    offset is taken from the quickest recent exchange (its midpoint is off by at most half its
    round trip), so a slow answer on a busy event loop does not shift the slots.
    """

    def __init__(self) -> None:
        self._offset = 0.0  # redis seconds - local seconds
        self._error = math.inf  # half the round trip of the exchange it came from, aged
        self._taken_at = 0.0

    def local(self, redis_seconds: float) -> float:
        """``redis_seconds`` (Redis's clock) on the local clock."""
        return redis_seconds - self._offset

    def learn(self, redis_now: float, asked_at: float, answered_at: float) -> None:
        """Learn from an exchange in which Redis read ``redis_now`` between ``asked_at`` and
        ``answered_at`` (local clock)."""
        error = (answered_at - asked_at) / 2
        aged = self._error + _AGEING * max(0.0, answered_at - self._taken_at)
        if error <= aged:
            self._offset = redis_now - (asked_at + answered_at) / 2
            self._error = error
            self._taken_at = answered_at


class RedisRateLimiter:
    """At most ``max_requests`` request starts in any ``per_seconds`` window, across processes.

    Pass it as ``create_management_api(..., rate_limiter=RedisRateLimiter(redis, ...))`` in
    every replica, with the same ``namespace`` and budget: they draw from one budget (Logto
    Cloud: about 200 requests per 10 seconds per tenant). A request waits for its turn instead
    of being sent into a 429.

    ``redis`` is a ``redis.asyncio.Redis`` client. When Redis fails (an error, or no answer
    within ``redis_timeout`` seconds), this process falls back to an in-process limiter of
    ``fallback_max_requests`` per ``per_seconds`` (default: a tenth of the budget, for about ten
    replicas; set it to budget / replicas), logs one warning, tries Redis again every
    ``retry_after`` seconds and goes back to the shared budget when it answers. A Redis failure
    never fails the request.

    A slot is a promise that the request starts *then*; a process whose event loop is busy may
    wake up later, and a late start can bunch with the requests booked one window after it. So
    slots are booked ``tolerance`` seconds further apart than the budget asks (windows of
    ``per_seconds + tolerance``), and a caller woken more than ``tolerance`` late leaves its
    slot unused and books another (up to five times, then it goes). Actual starts then stay
    within the budget in any window of ``per_seconds``, at the cost of about
    ``tolerance / per_seconds`` of the throughput (0.5% with the defaults).

    Consecutive slots of the fleet are at least ``spacing`` seconds apart (default: half the
    average interval, ``per_seconds / max_requests / 2``): a full budget goes out over half a
    window instead of in one instant, so that the replicas do not all wake up at once (Logto
    Cloud's limit is a token bucket: an even flow suits it). ``spacing=0`` allows bursts.

    ``namespace`` separates budgets (one per tenant); the key is ``{namespace}:ratelimit``.
    ``clock`` and ``sleep`` are injectable for tests (Redis's own clock sets the slots).
    """

    def __init__(
        self,
        redis: Redis,
        max_requests: int = 200,
        per_seconds: float = 10.0,
        *,
        namespace: str = "logto-management",
        fallback_max_requests: int | None = None,
        tolerance: float = 0.05,
        spacing: float | None = None,
        redis_timeout: float = 2.0,
        retry_after: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        if isinstance(max_requests, bool) or not isinstance(max_requests, int) or max_requests < 1:
            raise ValueError("max_requests must be an integer >= 1")
        if not (isinstance(per_seconds, int | float) and math.isfinite(per_seconds)):
            raise ValueError("per_seconds must be a positive number")
        if not per_seconds > 0:
            raise ValueError("per_seconds must be a positive number")
        if not (isinstance(tolerance, int | float) and 0 <= tolerance < per_seconds):
            raise ValueError("tolerance must be >= 0 seconds and below per_seconds")
        if not isinstance(namespace, str) or not namespace:
            raise ValueError("namespace must be a non-empty string")
        if fallback_max_requests is None:
            fallback_max_requests = max(1, max_requests // 10)
        self.max_requests = max_requests
        self.per_seconds = float(per_seconds)
        self.tolerance = float(tolerance)
        if spacing is None:
            spacing = per_seconds / max_requests / 2
        if not (isinstance(spacing, int | float) and 0 <= spacing <= per_seconds / max_requests):
            raise ValueError("spacing must be >= 0 and at most per_seconds / max_requests")
        self.spacing = float(spacing)
        self._clock = clock
        self._redis_time = _RedisTime()
        self.rebooked = 0
        """Slots left unused because this process woke up more than ``tolerance`` late."""
        self.namespace = namespace
        self.key = f"{namespace}:ratelimit"
        self.redis = redis
        self.fallback = AsyncRateLimiter(
            fallback_max_requests, per_seconds, clock=clock, sleep=sleep
        )
        self._sleep = sleep
        self._script = redis.register_script(_BOOK)
        self._outage = RedisOutage(
            "RedisRateLimiter",
            fallback=(
                f"each process keeps its own budget of {fallback_max_requests} requests "
                f"per {per_seconds:g} s"
            ),
            timeout=redis_timeout,
            retry_after=retry_after,
            clock=clock,
        )

    def __repr__(self) -> str:
        return (
            f"RedisRateLimiter(max_requests={self.max_requests}, "
            f"per_seconds={self.per_seconds:g}, namespace={self.namespace!r})"
        )

    @property
    def using_fallback(self) -> bool:
        """Whether the last Redis call failed, so requests count against the local budget."""
        return self._outage.down

    async def acquire(self) -> None:
        """Wait until one more request may start (never raises for a Redis failure)."""
        for _ in range(_MAX_REBOOKINGS):
            asked_at = self._clock()
            ok, booked = await self._outage.attempt(self._book)
            if not ok:
                await self.fallback.acquire()
                return
            assert booked is not None
            answered_at = self._clock()
            redis_now, redis_slot = booked
            self._redis_time.learn(redis_now, asked_at, answered_at)
            # Redis read its clock between asking and answering, so the slot lies in that span
            # plus the wait; the learnt offset places it within the quickest round trip.
            wait = redis_slot - redis_now
            slot = min(max(self._redis_time.local(redis_slot), asked_at + wait), answered_at + wait)
            remaining = slot - self._clock()
            if remaining > 0:
                await self._sleep(remaining)
            if self._clock() - slot <= self.tolerance:
                return
            # Woken too late (a busy event loop): starting now could bunch with the requests
            # booked a window after this slot. Leave the slot unused and book another.
            self.rebooked += 1

    async def _book(self) -> tuple[float, float]:
        """Book a slot: ``(Redis's now, the slot)`` in seconds on the Redis clock."""
        per_us = math.ceil((self.per_seconds + self.tolerance) * 1_000_000)
        spacing_us = math.ceil(self.spacing * 1_000_000)
        now, slot = await self._outage.call(
            self._script(keys=[self.key], args=[self.max_requests, per_us, spacing_us])
        )
        return int(now) / 1_000_000, int(slot) / 1_000_000
