"""``python -m tests.bench.fleet_worker``: one replica of the fleet benchmark (`tests.bench.fleet`).

Reads LOGTO_ENDPOINT, LOGTO_APP_ID, LOGTO_APP_SECRET, REDIS_URL, BUDGET, CONCURRENCY and
SECONDS from the environment, builds a client sharing its token and budget through Redis,
prints ``ready``, waits for a line on stdin, then keeps CONCURRENCY calls going for SECONDS and
prints its counts as JSON, with the moment (``time.monotonic()``, one clock for every process of
a Linux machine) each request was let go by the limiter.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time

import httpx
from redis.asyncio import Redis

from logto_management import create_management_api
from logto_management.redis import RedisRateLimiter, RedisTokenCache
from logto_management_api.api.users import list_users


class Stamping:
    """The limiter, noting when it lets each request go."""

    def __init__(self, limiter: RedisRateLimiter) -> None:
        self.limiter = limiter
        self.starts: list[float] = []

    async def acquire(self) -> None:
        await self.limiter.acquire()
        self.starts.append(time.monotonic())


async def main() -> None:
    env = os.environ
    redis = Redis.from_url(env["REDIS_URL"])
    budget = int(env["BUDGET"])
    limiter = Stamping(
        RedisRateLimiter(redis, max_requests=budget, per_seconds=1.0, namespace="bench-fleet")
    )
    client = create_management_api(
        client_id=env["LOGTO_APP_ID"],
        client_secret=env["LOGTO_APP_SECRET"],
        base_url=env["LOGTO_ENDPOINT"],
        token_cache=RedisTokenCache(redis, namespace="bench-fleet"),
        rate_limiter=limiter,
        httpx_args={"limits": httpx.Limits(max_connections=100)},
    )
    async with client:
        concurrency = int(env["CONCURRENCY"])
        # One call, then CONCURRENCY at once, before the start: the first calls of a process do
        # one-off work (imports, connections to Logto and Redis, loading the script) that would
        # stall its event loop mid-run, long enough for a Redis timeout on a busy machine. They
        # share the token and count against the budget like any other.
        warm_up = [await list_users.asyncio_detailed(client=client, page_size=1)]
        warm_up += await asyncio.gather(
            *(list_users.asyncio_detailed(client=client, page_size=1) for _ in range(concurrency))
        )
        print("ready", flush=True)
        await asyncio.to_thread(sys.stdin.readline)
        go = time.monotonic()
        stop_at = go + float(env["SECONDS"])
        done = sum(r.status_code == 200 for r in warm_up)
        failed = len(warm_up) - done

        async def loop() -> None:
            nonlocal done, failed
            while time.monotonic() < stop_at:
                response = await list_users.asyncio_detailed(client=client, page_size=1)
                if response.status_code == 200:
                    done += 1
                else:
                    failed += 1

        await asyncio.gather(*(loop() for _ in range(concurrency)))
    await redis.aclose()
    result = {
        "calls": done,
        "failed": failed,
        "go": go,
        "starts": limiter.starts,
        "rebooked": limiter.limiter.rebooked,
        "fallback": limiter.limiter.using_fallback,
    }
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
