"""Keeping track of whether Redis answers, for the fleet features' fallback.

When Redis fails, `RedisTokenCache` and `RedisRateLimiter` carry on with process-local state and
ask Redis again only every ``retry_after`` seconds (one caller probes; the others stay local), so
an outage costs at most one Redis timeout per interval instead of one per API call. The first
failure of an outage is logged once as a warning, the recovery once as info.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Awaitable, Callable
from typing import TypeVar

from redis.exceptions import RedisError

__all__ = ["REDIS_FAILURES", "RedisOutage"]

logger = logging.getLogger("logto_management")

T = TypeVar("T")

# What a failing, unreachable or hanging Redis raises; never CancelledError.
REDIS_FAILURES: tuple[type[BaseException], ...] = (RedisError, OSError, TimeoutError)


class RedisOutage:
    """Whether to use Redis now; logs the start and the end of an outage once each."""

    def __init__(
        self,
        what: str,
        *,
        fallback: str,
        timeout: float,
        retry_after: float,
        clock: Callable[[], float],
    ) -> None:
        if not (math.isfinite(timeout) and timeout > 0):
            raise ValueError("redis_timeout must be a positive number of seconds")
        if not (math.isfinite(retry_after) and retry_after >= 0):
            raise ValueError("retry_after must be a number of seconds >= 0")
        self._what = what
        self._fallback = fallback
        self.timeout = timeout
        self._retry_after = retry_after
        self._clock = clock
        self._down = False
        self._next_try = -math.inf

    @property
    def down(self) -> bool:
        """Whether the last Redis call failed (and no later one succeeded)."""
        return self._down

    def should_try(self) -> bool:
        """Whether to call Redis now. During an outage, true for one caller per interval."""
        if not self._down:
            return True
        now = self._clock()
        if now < self._next_try:
            return False
        self._next_try = now + self._retry_after  # the others stay local while this one probes
        return True

    def failed(self, exc: BaseException) -> None:
        self._next_try = self._clock() + self._retry_after
        if not self._down:
            self._down = True
            if isinstance(exc, TimeoutError) and not str(exc):
                reason = f"no answer within {self.timeout:g} s"
            else:
                reason = f"{type(exc).__name__}: {exc}"
            logger.warning(
                "%s: Redis is not answering (%s); %s until it answers again",
                self._what,
                reason,
                self._fallback,
            )

    def succeeded(self) -> None:
        if self._down:
            self._down = False
            logger.info("%s: Redis answers again; back to the shared state", self._what)

    async def call(self, operation: Awaitable[T]) -> T:
        """Await one Redis operation within ``timeout``; Redis failures propagate."""
        async with asyncio.timeout(self.timeout):
            return await operation

    async def attempt(self, operation: Callable[[], Awaitable[T]]) -> tuple[bool, T | None]:
        """Run ``operation`` (Redis calls) unless Redis is out: ``(ok, result)``, never raises
        a Redis failure (it is recorded instead)."""
        if not self.should_try():
            return False, None
        try:
            result = await operation()
        except REDIS_FAILURES as exc:
            self.failed(exc)
            return False, None
        self.succeeded()
        return True, result
