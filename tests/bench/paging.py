"""Client-side workloads of `paginate`: time to read every user, and peak memory.

Run in a worker process (`tests.bench.worker`), apart from the server.
"""

from __future__ import annotations

import asyncio
import gc
import json
import math
import resource
import time

import httpx

from logto_management import paginate
from logto_management._transports.aiohttp import HttpBackend
from logto_management_api.api.users import get_user, list_users
from logto_management_api.models import User

from .calls import FIXED_TOKEN, USER_ID, make_client, use_orjson

PAGE_SIZE = 100


async def _page_all(
    client_url: str, concurrency: int, expected: int, backend: HttpBackend = "httpx"
) -> tuple[float, float]:
    """Wall and CPU seconds of this process to iterate over every user once (token cached).

    The CPU time tells whether the client, rather than the server's latency, is the limit.
    """
    async with make_client(client_url, backend) as client:
        await get_user.asyncio(client=client, user_id=USER_ID)  # token and first connection
        count = 0
        wall, cpu = time.perf_counter(), time.process_time()
        async for user in paginate(
            list_users.asyncio_detailed, client=client, page_size=PAGE_SIZE, concurrency=concurrency
        ):
            count += isinstance(user, User)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if count != expected:
        raise RuntimeError(f"paginate(concurrency={concurrency}) gave {count} users of {expected}")
    return wall, cpu


async def _page_all_raw(url: str, concurrency: int, expected: int) -> tuple[float, float]:
    """`_page_all` with raw httpx and ``json.loads`` only (no models, no auth, retries or paging
    helper): page 1 for the total, then the other pages with at most ``concurrency`` in flight.
    The floor of any client built on httpx, on this machine."""
    headers = {"Authorization": f"Bearer {FIXED_TOKEN}"}
    async with httpx.AsyncClient(base_url=url, headers=headers) as raw:

        async def page(number: int) -> httpx.Response:
            params = {"page": number, "page_size": PAGE_SIZE}
            response = await raw.get("/api/users", params=params)
            return response.raise_for_status()

        await raw.get(f"/api/users/{USER_ID}")  # the first connection
        wall, cpu = time.perf_counter(), time.process_time()
        first = await page(1)
        count = len(json.loads(first.content))
        slots = asyncio.Semaphore(concurrency)

        async def rest(number: int) -> int:
            async with slots:
                return len(json.loads((await page(number)).content))

        pages = math.ceil(int(first.headers["total-number"]) / PAGE_SIZE)
        count += sum(await asyncio.gather(*(rest(n) for n in range(2, pages + 1))))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if count != expected:
        raise RuntimeError(f"raw paging (concurrency={concurrency}) gave {count} of {expected}")
    return wall, cpu


# The configurations paged: (prefix of their sample keys, name in the table, transport, orjson
# installed): a default install (httpx, json.loads); with the orjson extra; with the aiohttp and
# orjson extras (http_backend="aiohttp").
CONFIGURATIONS: list[tuple[str, str, HttpBackend, bool]] = [
    ("", "default install (httpx)", "httpx", False),
    ("orjson ", "httpx + orjson", "httpx", True),
    ("aiohttp ", "aiohttp + orjson", "aiohttp", True),
]


async def pagination(
    url: str, *, concurrencies: list[int], reps: int, expected: int
) -> dict[str, list[float]]:
    """``reps`` samples per concurrency and configuration, interleaved: seconds under
    ``"PREFIX N"``, the client's CPU seconds under ``"cpu PREFIX N"`` (`CONFIGURATIONS`); the raw
    httpx floor under ``"raw N"`` and ``"cpu raw N"``."""
    samples: dict[str, list[float]] = {}

    def add(key: str, wall: float, cpu: float) -> None:
        samples.setdefault(key, []).append(wall)
        samples.setdefault(f"cpu {key}", []).append(cpu)

    for _ in range(reps):
        for concurrency in concurrencies:
            for prefix, _name, backend, orjson in CONFIGURATIONS:
                use_orjson(orjson)
                add(f"{prefix}{concurrency}", *await _page_all(url, concurrency, expected, backend))
            add(f"raw {concurrency}", *await _page_all_raw(url, concurrency, expected))
    return samples


def _max_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


async def memory(url: str, *, concurrency: int, expected: int) -> dict[str, float]:
    """Peak RSS of this (fresh) process while paging, against its peak before paging.

    Everything the paging needs is imported and the token fetched before the baseline is taken,
    so the difference is what iterating over the users costs.
    """
    use_orjson(False)  # a default install
    async with make_client(url) as client:
        await get_user.asyncio(client=client, user_id=USER_ID)
        gc.collect()
        baseline = _max_rss_kib()
        count = 0
        async for user in paginate(
            list_users.asyncio_detailed, client=client, page_size=PAGE_SIZE, concurrency=concurrency
        ):
            count += isinstance(user, User)
        peak = _max_rss_kib()
    if count != expected:
        raise RuntimeError(f"paged {count} users of {expected}")
    return {"baseline_mib": baseline / 1024, "peak_mib": peak / 1024}
