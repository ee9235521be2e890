"""The Redis fleet features against a real redis-server the tests start and stop themselves.

Each "process" of a fleet is modelled by its own Redis connection and its own `ClientCredentials`
or limiter (with its own clock); the killed lock holder is a real subprocess.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from _redis_support import RedisServer, free_port, redis_server
from _testing_support import double_credentials
from redis.asyncio import Redis

from logto_management import ClientCredentials, create_management_api
from logto_management.redis import RedisRateLimiter, RedisTokenCache
from logto_management.testing import LogtoDouble
from logto_management_api.api.users import list_users

WARNING = "Redis is not answering"
REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def server() -> Iterator[RedisServer]:
    with redis_server() as running:
        yield running


@pytest.fixture
async def connect(server: RedisServer) -> AsyncIterator[Callable[[], Redis]]:
    """New Redis clients (one per simulated process), closed after the test."""
    clients: list[Redis] = []

    def make() -> Redis:
        client = Redis.from_url(server.url)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


def offset_clock(offset: float) -> Callable[[], float]:
    """A monotonic clock that disagrees with every other process's by ``offset`` seconds."""
    base = [offset]

    def clock() -> float:
        return base[0]

    return clock


class ManualClock:
    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


class RecordedSleeps(list[float]):
    """A limiter's ``sleep`` that only records how long it was asked to wait."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def credentials(
    double: LogtoDouble, cache: RedisTokenCache, clock: Callable[[], float]
) -> ClientCredentials:
    return double_credentials(double, token_cache=cache, clock=clock)


# ----------------------------------------------------------------------------- shared budget


async def test_processes_with_different_clocks_draw_from_one_budget(
    connect: Callable[[], Redis],
) -> None:
    waits = RecordedSleeps()
    # Two processes whose clocks disagree by eleven days: slots are timed on Redis's clock.
    limiters = [
        RedisRateLimiter(
            connect(),
            max_requests=5,
            per_seconds=10,
            namespace=name,
            spacing=0,  # bursts allowed
            clock=clock,
            sleep=waits,
        )
        for name, clock in (("t1", offset_clock(1e6)), ("t1", offset_clock(-5e4)))
    ]
    for i in range(7):
        await limiters[i % 2].acquire()
    # The first five start at once; the sixth and seventh wait for the first slots to age out
    # (windows of per_seconds + tolerance: 10.05 s).
    assert len(waits) == 2
    assert all(9.0 < wait <= 10.05 for wait in waits), waits
    assert not any(limiter.using_fallback for limiter in limiters)

    other = RedisRateLimiter(
        connect(), max_requests=5, per_seconds=10, namespace="t2", spacing=0, sleep=waits
    )
    await other.acquire()  # another namespace, another budget
    assert len(waits) == 2


async def test_slots_are_spaced_by_half_the_average_interval(
    connect: Callable[[], Redis],
) -> None:
    waits = RecordedSleeps()
    limiters = [
        RedisRateLimiter(connect(), max_requests=4, per_seconds=8, namespace="s", sleep=waits)
        for _ in range(2)
    ]
    for i in range(4):
        await limiters[i % 2].acquire()
    # One slot per second (8 s / 4 / 2) across both processes, the first one at once.
    assert [round(w) for w in waits] == [1, 2, 3], waits
    assert all(abs(w - round(w)) < 0.1 for w in waits), waits


async def test_a_caller_woken_too_late_leaves_its_slot_and_books_another(
    connect: Callable[[], Redis],
) -> None:
    clock = ManualClock(500.0)
    slept: list[float] = []

    async def late(seconds: float) -> None:  # a busy event loop: every wake-up 0.2 s late
        slept.append(seconds)
        clock.now += seconds + 0.2

    limiter = RedisRateLimiter(
        connect(), max_requests=1, per_seconds=10, namespace="late", clock=clock, sleep=late
    )
    await limiter.acquire()  # a free slot: no wait
    assert (slept, limiter.rebooked) == ([], 0)
    await limiter.acquire()  # each slot it wakes up for has gone by: five more, then it goes
    assert limiter.rebooked == 5
    assert len(slept) == 5
    # The unused slots stay booked: each new one is a window (10.05 s) after the last. (Redis's
    # clock, which times the slots, does not follow the fake clock: hence the growing waits.)
    assert all(10.05 * k - 0.5 < s <= 10.05 * k for k, s in enumerate(slept, 1)), slept
    assert await connect().llen("late:ratelimit") == 1


# ------------------------------------------------------------------------------ shared token


async def test_one_token_for_the_fleet_and_one_renewal(connect: Callable[[], Redis]) -> None:
    double = LogtoDouble()
    clocks = [ManualClock(1e6), ManualClock(-5e4), ManualClock(0.0)]
    caches = [RedisTokenCache(connect(), namespace="fleet") for _ in clocks]
    fleet = [credentials(double, cache, clock) for cache, clock in zip(caches, clocks, strict=True)]

    tokens = await asyncio.gather(*(c.get_token() for c in fleet for _ in range(5)))
    assert len(set(tokens)) == 1
    assert double.controls.tokens_issued == 1

    # The entry lives as long as the token is usable: its lifetime less the leeway.
    redis = connect()
    token_key, _ = caches[0].keys(fleet[0].cache_identity)
    ttl = await redis.pttl(token_key)
    assert 3_400_000 < ttl <= 3_540_000
    for key in await redis.keys("*"):
        name = key.decode() if isinstance(key, bytes) else key
        assert name.startswith("fleet:")
        assert double.app_id not in name
        assert double.app_secret not in name

    # Redis drops the entry when the token is due for renewal; each process notices on its own
    # clock, however far apart the clocks are, and only one of them renews.
    await redis.delete(token_key)
    for clock in clocks:
        clock.now += 3541
    renewed = await asyncio.gather(*(c.get_token() for c in fleet for _ in range(5)))
    assert len(set(renewed)) == 1
    assert renewed[0] != tokens[0]
    assert double.controls.tokens_issued == 2


async def test_a_401_drops_the_shared_token_only_if_it_is_still_the_one(
    connect: Callable[[], Redis],
) -> None:
    double = LogtoDouble()
    clients = [
        create_management_api(
            client_id=double.app_id,
            client_secret=double.app_secret,
            base_url="http://localhost",
            httpx_args={"transport": double.transport()},
            token_cache=RedisTokenCache(connect(), namespace="n401"),
        )
        for _ in range(2)
    ]
    for client in clients:
        await list_users.asyncio_detailed(client=client)
    first = [c.credentials._cached.value for c in clients if c.credentials._cached]
    assert len(first) == 2
    assert first[0] == first[1]
    assert double.controls.tokens_issued == 1
    double.controls.revoke_token(first[0])

    # Process 0 meets the 401, drops the shared token and renews it for everyone.
    await list_users.asyncio_detailed(client=clients[0])
    assert double.controls.tokens_issued == 2
    renewed = await clients[0].credentials.get_token()
    # Process 1 meets its late 401 for the old token: the new shared one stays and is used.
    response = await list_users.asyncio_detailed(client=clients[1])
    assert response.status_code == 200
    assert await clients[1].credentials.get_token() == renewed
    assert double.controls.tokens_issued == 2


async def test_a_lock_holder_killed_mid_renewal_blocks_the_others_for_its_lifetime_only(
    server: RedisServer, connect: Callable[[], Redis]
) -> None:
    double = LogtoDouble()
    double.controls.hang_next(where="token")
    polls: list[float] = []
    polled = asyncio.Event()

    async def counting_sleep(seconds: float) -> None:
        polls.append(seconds)
        if len(polls) >= 2:
            polled.set()
        await asyncio.sleep(seconds)

    async with double.serve() as base_url:
        env = {
            **os.environ,
            "LOGTO_ENDPOINT": base_url,
            "LOGTO_APP_ID": double.app_id,
            "LOGTO_APP_SECRET": double.app_secret,
            "LOGTO_API_INDICATOR": double.api_indicator,
            "REDIS_URL": server.url,
            "NAMESPACE": "killed",
            "LOCK_TIMEOUT": "5",
        }
        holder = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.support._redis_holder", env=env, cwd=REPO_ROOT
        )
        try:
            async with asyncio.timeout(60):
                await double.controls.wait_until_hanging()  # it holds the lock and waits
            cache = RedisTokenCache(connect(), namespace="killed", sleep=counting_sleep)
            waiter = ClientCredentials(
                token_endpoint=base_url + "/oidc/token",
                client_id=double.app_id,
                client_secret=double.app_secret,
                resource=double.api_indicator,
                token_cache=cache,
            )
            _, lock_key = cache.keys(waiter.cache_identity)
            assert await connect().exists(lock_key)
            task = asyncio.create_task(waiter.get_token())
            async with asyncio.timeout(60):
                await polled.wait()
            assert double.controls.token_requests == 1  # the waiter waits for the holder
            holder.send_signal(signal.SIGKILL)
            async with asyncio.timeout(60):
                assert await holder.wait() == -signal.SIGKILL
            async with asyncio.timeout(60):  # the lock expires within 5 s
                token = await task
            assert token
            assert double.controls.token_requests == 2
            assert double.controls.tokens_issued == 1
            await waiter.aclose()
        finally:
            if holder.returncode is None:
                holder.kill()
                await holder.wait()


# ------------------------------------------------------------------------------ Redis outages


def fleet_client(double: LogtoDouble, redis: Redis, **limiter: Any) -> Any:
    return create_management_api(
        client_id=double.app_id,
        client_secret=double.app_secret,
        base_url="http://localhost",
        httpx_args={"transport": double.transport()},
        token_cache=RedisTokenCache(redis, namespace="load", retry_after=0),
        rate_limiter=RedisRateLimiter(
            redis, max_requests=1000, per_seconds=1, namespace="load", retry_after=0, **limiter
        ),
    )


async def test_redis_restarted_under_load(
    server: RedisServer, connect: Callable[[], Redis], caplog: pytest.LogCaptureFixture
) -> None:
    double = LogtoDouble()
    fleet = [fleet_client(double, connect()) for _ in range(3)]
    statuses: list[int] = []

    async def load(rounds: int) -> None:
        async def one(client: Any) -> None:
            for _ in range(rounds):
                statuses.append((await list_users.asyncio_detailed(client=client)).status_code)

        await asyncio.gather(*(one(c) for c in fleet for _ in range(4)))

    caplog.set_level(logging.INFO, logger="logto_management")
    await load(3)
    assert double.controls.tokens_issued == 1

    await asyncio.to_thread(server.stop)
    outage = asyncio.create_task(load(5))
    double.controls.revoke_tokens()  # renewals during the outage: each process on its own
    await outage
    assert all(c.rate_limiter.using_fallback for c in fleet)
    assert all(c.credentials.token_cache.using_fallback for c in fleet)
    assert double.controls.tokens_issued == 1 + len(fleet)

    await asyncio.to_thread(server.start)  # empty: no persistence
    await load(3)
    assert not any(c.rate_limiter.using_fallback for c in fleet)
    assert await connect().exists("load:ratelimit")
    double.controls.revoke_tokens()
    await load(2)
    assert not any(c.credentials.token_cache.using_fallback for c in fleet)
    assert double.controls.tokens_issued == 2 + len(fleet)  # shared again: one renewal

    assert set(statuses) == {200}
    assert len(statuses) == 12 * (3 + 5 + 3 + 2)
    warnings = [r for r in caplog.records if WARNING in r.getMessage()]
    assert len(warnings) == 2 * len(fleet)  # one per process and feature
    for record in caplog.records:
        assert double.app_secret not in record.getMessage()
        assert "eyJ" not in record.getMessage()  # no token (JWT)


async def test_without_redis_every_call_still_succeeds(
    caplog: pytest.LogCaptureFixture,
) -> None:
    double = LogtoDouble()
    redis = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0")
    client = fleet_client(double, redis, fallback_max_requests=100)
    try:
        for _ in range(5):
            assert (await list_users.asyncio_detailed(client=client)).status_code == 200
    finally:
        await redis.aclose()
    assert double.controls.tokens_issued == 1
    warnings = [r for r in caplog.records if WARNING in r.getMessage()]
    assert len(warnings) == 2


async def test_a_hanging_redis_costs_a_timeout_not_a_failure(
    server: RedisServer, connect: Callable[[], Redis], caplog: pytest.LogCaptureFixture
) -> None:
    double = LogtoDouble()
    redis = connect()
    limiter = RedisRateLimiter(
        redis, max_requests=100, per_seconds=1, namespace="hang", redis_timeout=0.2, retry_after=0
    )
    cache = RedisTokenCache(redis, namespace="hang", redis_timeout=0.2, retry_after=0)
    process = credentials(double, cache, ManualClock(0.0))
    await limiter.acquire()  # connected, script loaded
    assert server.process is not None
    server.process.send_signal(signal.SIGSTOP)  # up, connected, and silent
    try:
        async with asyncio.timeout(30):
            for _ in range(3):
                await limiter.acquire()
            token = await process.get_token()
        assert limiter.using_fallback
        assert cache.using_fallback
        assert token
        assert double.controls.tokens_issued == 1
    finally:
        server.process.send_signal(signal.SIGCONT)
    caplog.set_level(logging.INFO, logger="logto_management")
    await limiter.acquire()
    assert not limiter.using_fallback
    assert [r.levelname for r in caplog.records if "Redis answers again" in r.getMessage()] == [
        "INFO"
    ]
