"""AsyncRateLimiter / RateLimiter: at most N starts in any window, waiting instead of failing."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest
from _resilience_support import Answer, FakeClock, FakeSleep, ScriptedAsyncTransport

from logto_management._ratelimit import AsyncRateLimiter, RateLimiter
from logto_management._transports.retry import AsyncRetryTransport


def assert_within_limit(starts: list[float], max_requests: int, per_seconds: float) -> None:
    """No window of ``per_seconds`` holds more than ``max_requests`` of ``starts``."""
    starts = sorted(starts)
    for i in range(len(starts) - max_requests):
        assert starts[i + max_requests] - starts[i] >= per_seconds, (i, starts)


async def test_a_burst_waits_for_free_slots_in_arrival_order() -> None:
    sleep = FakeSleep()  # the clock stands still: every wait is computed, none spent
    limiter = AsyncRateLimiter(3, 1.0, clock=FakeClock(), sleep=sleep)
    await asyncio.gather(*(limiter.acquire() for _ in range(7)))
    assert sleep.delays == [1.0, 1.0, 1.0, 2.0]  # the first 3 go at once


async def test_sequential_callers_with_a_moving_clock() -> None:
    clock = FakeClock()
    sleep = FakeSleep(clock)
    limiter = AsyncRateLimiter(2, 10.0, clock=clock, sleep=sleep)
    starts = []
    for _ in range(6):
        await limiter.acquire()
        starts.append(clock.now)
        clock.now += 1.0  # each request takes a second
    assert starts == [0.0, 1.0, 10.0, 11.0, 20.0, 21.0]
    assert_within_limit(starts, 2, 10.0)


async def test_no_wait_while_under_the_limit() -> None:
    clock = FakeClock()
    sleep = FakeSleep(clock)
    limiter = AsyncRateLimiter(200, 10.0, clock=clock, sleep=sleep)
    for _ in range(200):
        await limiter.acquire()
    assert sleep.delays == []
    clock.now = 10.0  # a full window later the slots are free again
    for _ in range(200):
        await limiter.acquire()
    assert sleep.delays == []
    await limiter.acquire()
    assert sleep.delays == [10.0]


async def test_shared_by_all_requests_of_one_client() -> None:
    sleep = FakeSleep()  # the clock stands still: each wait is the distance to a booked slot
    limiter = AsyncRateLimiter(2, 1.0, clock=FakeClock(), sleep=sleep)
    inner = ScriptedAsyncTransport([Answer(200)])
    transport = AsyncRetryTransport(inner, rate_limiter=limiter, sleep=sleep)
    async with httpx.AsyncClient(transport=transport, base_url="https://t.logto.app") as client:
        await asyncio.gather(*(client.get(f"/api/users/u{i}") for i in range(5)))
    assert len(inner.requests) == 5
    assert sleep.delays == [1.0, 1.0, 2.0]  # 2 at once, then 2 a second later, then 1 more


def test_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="max_requests"):
        AsyncRateLimiter(0, 1.0)
    with pytest.raises(ValueError, match="per_seconds"):
        RateLimiter(1, 0.0)
    assert repr(RateLimiter(200, 10.0)) == "RateLimiter(max_requests=200, per_seconds=10.0)"


def test_sync_limiter_is_thread_safe() -> None:
    lock = threading.Lock()
    booked: list[float] = []
    clock = FakeClock(5.0)

    def sleep(delay: float) -> None:  # the clock stands still; record the slot each got
        with lock:
            booked.append(clock.now + delay)

    limiter = RateLimiter(4, 2.0, clock=clock, sleep=sleep)

    def worker() -> None:
        for _ in range(25):
            limiter.acquire()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads)

    starts = [5.0] * (200 - len(booked)) + booked  # calls that did not wait started at 5.0
    assert len(booked) == 196
    assert_within_limit(starts, 4, 2.0)
    assert max(starts) == 5.0 + 2.0 * 49  # 200 starts, 4 per 2 s: no slot wasted


def test_defaults_do_not_delay_the_first_call() -> None:
    limiter = RateLimiter(1, 60.0)
    limiter.acquire()  # the first call never waits, whatever the clock
