"""``python -m tests.bench.real_worker CLIENT``: the real-server workloads of one Python client.

Run in a fresh process per sample by `tests.bench.real`, which seeds the users first. CLIENT is
``ours`` (create_management_api, a default install), ``ours-aiohttp`` (the same with the extras
aiohttp and orjson, ``http_backend="aiohttp"``) or
``raw`` (``httpx.AsyncClient`` with the token in ``BENCH_TOKEN``, ``response.json()`` only).
Every client does the same calls: page every seeded user (``page_size=100``, a ``like`` search
on the seeded prefix) sequentially, then with 8 pages in flight, then ``get_user`` on
``BENCH_GETS`` seeded ids one after the other. Prints ``{workload: [wall s, CPU s]}``; CPU is
this process's (the client's) CPU time. Never prints the token.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from logto_management import create_management_api, paginate
from logto_management._transports.aiohttp import HttpBackend
from logto_management_api.api.users import get_user, list_users
from logto_management_api.models import SearchParams, User

from .calls import use_orjson

PAGE_SIZE = 100
CONCURRENCY = 8


def _search(prefix: str) -> dict[str, str]:
    return {"search.username": f"{prefix}%", "mode.username": "like"}


async def _timed(work: Callable[[], Awaitable[int]], expected: int) -> list[float]:
    wall, cpu = time.perf_counter(), time.process_time()
    count = await work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if count != expected:
        raise RuntimeError(f"got {count} items, expected {expected}")
    return [wall, cpu]


async def ours(env: dict[str, str], backend: HttpBackend) -> dict[str, list[float]]:
    prefix, ids = env["BENCH_PREFIX"], json.loads(env["BENCH_IDS"])
    search = SearchParams.from_dict(_search(prefix))
    async with create_management_api(
        client_id=env["LOGTO_APP_ID"],
        client_secret=env["LOGTO_APP_SECRET"],
        base_url=env["LOGTO_ENDPOINT"],
        api_indicator=env.get("LOGTO_RESOURCE") or None,
        http_backend=backend,
    ) as client:
        await get_user.asyncio(ids[0], client=client)  # the token and the first connection

        def paging(concurrency: int) -> Callable[[], Awaitable[int]]:
            async def run() -> int:
                count = 0
                async for user in paginate(
                    list_users.asyncio_detailed,
                    client=client,
                    page_size=PAGE_SIZE,
                    concurrency=concurrency,
                    search_params=search,
                ):
                    count += isinstance(user, User)
                return count

            return run

        async def gets() -> int:
            count = 0
            for user_id in ids:
                count += isinstance(await get_user.asyncio(user_id, client=client), User)
            return count

        total = int(env["BENCH_TOTAL"])
        return {
            "page 1": await _timed(paging(1), total),
            f"page {CONCURRENCY}": await _timed(paging(CONCURRENCY), total),
            "get": await _timed(gets, len(ids)),
        }


async def raw(env: dict[str, str]) -> dict[str, list[float]]:
    """The floor: the same requests with httpx alone, a fixed token and ``response.json()``."""
    prefix, ids = env["BENCH_PREFIX"], json.loads(env["BENCH_IDS"])
    headers = {"Authorization": f"Bearer {env['BENCH_TOKEN']}"}
    async with httpx.AsyncClient(base_url=env["LOGTO_ENDPOINT"], headers=headers) as http:

        async def page(number: int) -> tuple[list[Any], int]:
            params: dict[str, str | int] = {"page": number, "page_size": PAGE_SIZE}
            params.update(_search(prefix))
            response = await http.get("/api/users", params=params)
            response.raise_for_status()
            return response.json(), int(response.headers["total-number"])

        async def sequential() -> int:
            count, number = 0, 1
            while True:
                items, _total = await page(number)
                if not items:
                    return count
                count, number = count + len(items), number + 1

        async def concurrent() -> int:
            items, total = await page(1)
            count, pages = len(items), -(-total // PAGE_SIZE)
            numbers = iter(range(2, pages + 1))

            async def worker() -> int:
                got = 0
                for number in numbers:  # one shared iterator: pages handed out in order
                    got += len((await page(number))[0])
                return got

            return count + sum(await asyncio.gather(*(worker() for _ in range(CONCURRENCY))))

        async def gets() -> int:
            for user_id in ids:
                response = await http.get(f"/api/users/{user_id}")
                response.raise_for_status()
                response.json()
            return len(ids)

        await http.get(f"/api/users/{ids[0]}")  # the first connection
        total = int(env["BENCH_TOTAL"])
        return {
            "page 1": await _timed(sequential, total),
            f"page {CONCURRENCY}": await _timed(concurrent, total),
            "get": await _timed(gets, len(ids)),
        }


def main() -> None:
    client = sys.argv[1]
    env = dict(os.environ)
    if client == "raw":
        result = asyncio.run(raw(env))
    else:
        fast = client == "ours-aiohttp"  # the extras aiohttp and orjson; else a default install
        use_orjson(fast)
        result = asyncio.run(ours(env, "aiohttp" if fast else "httpx"))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
