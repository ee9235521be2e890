"""Client-side workloads of single API calls: per-call overhead and token single flight.

They run in a worker process (`tests.bench.worker`), never in the process that serves, so that
client and server do not share one interpreter lock.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Awaitable, Callable

import httpx

from logto_management import ManagementApiClient, create_management_api
from logto_management._transports.aiohttp import HttpBackend
from logto_management_api import types
from logto_management_api.api.users import get_user
from logto_management_api.models import User

FIXED_TOKEN = "bench-fixed-token"  # the raw httpx floor sends this; the server checks presence
USER_ID = "n8dkahi9urik"
WARMUP_CALLS = 20


def use_orjson(enabled: bool) -> None:
    """Parse answers as with the ``orjson`` extra installed, or as a default install does (orjson
    hidden, so that ``types.json_loads`` uses ``json.loads``). Applies from the next answer."""
    if enabled:
        if "orjson" in sys.modules and sys.modules["orjson"] is None:
            del sys.modules["orjson"]
    else:
        sys.modules["orjson"] = None  # type: ignore[assignment]  # `import orjson` fails
    types._orjson_loads.cache_clear()
    if enabled and types._orjson_loads() is None:
        raise RuntimeError("the bench needs orjson (requirements/dev.lock): make install")


def make_client(url: str, backend: HttpBackend = "httpx") -> ManagementApiClient:
    """The client under test, as a user would create it for a Logto OSS server."""
    return create_management_api(
        base_url=url,
        client_id="bench-app",
        client_secret="bench-secret",  # a placeholder: the bench server accepts any secret
        max_retries=2,
        http_backend=backend,
    )


async def _per_call_us(call: Callable[[], Awaitable[object]], calls: int) -> tuple[float, float]:
    """Microseconds per call over ``calls`` sequential calls: wall, and this process's CPU."""
    start, cpu = time.perf_counter_ns(), time.process_time_ns()
    for _ in range(calls):
        await call()
    wall_ns, cpu_ns = time.perf_counter_ns() - start, time.process_time_ns() - cpu
    return wall_ns / calls / 1000, cpu_ns / calls / 1000


async def per_call(url: str, *, calls: int, reps: int) -> dict[str, list[float]]:
    """``reps`` samples (µs per call) of ``get_user`` through our client as a default install
    runs it (httpx, json.loads) and with the extras aiohttp and orjson, and through raw httpx,
    interleaved so that any drift of the machine affects all alike. ``"cpu NAME"`` holds the
    client process's CPU µs per call."""
    async with (
        make_client(url) as client,
        make_client(url, "aiohttp") as client_aiohttp,
        httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {FIXED_TOKEN}"}) as raw,
    ):

        async def ours() -> User:
            user = await get_user.asyncio(client=client, user_id=USER_ID)
            if not isinstance(user, User):
                raise TypeError(f"get_user gave {type(user).__name__}")
            return user

        async def ours_aiohttp() -> User:
            user = await get_user.asyncio(client=client_aiohttp, user_id=USER_ID)
            if not isinstance(user, User):
                raise TypeError(f"get_user gave {type(user).__name__}")
            return user

        async def floor() -> object:
            response = await raw.get(f"/api/users/{USER_ID}")
            response.raise_for_status()
            return response.json()

        samples: dict[str, list[float]] = {}
        # (name, call, with orjson)
        order = [("ours", ours, False), ("aiohttp", ours_aiohttp, True), ("raw", floor, False)]
        for _ in range(WARMUP_CALLS):  # connections, the token, caches
            for _name, call, orjson in order:
                use_orjson(orjson)
                await call()
        for rep in range(reps):
            for name, call, orjson in order if rep % 2 == 0 else order[::-1]:
                use_orjson(orjson)
                wall, cpu = await _per_call_us(call, calls)
                samples.setdefault(name, []).append(wall)
                samples.setdefault(f"cpu {name}", []).append(cpu)
        return samples


async def single_flight(url: str, *, calls: int) -> dict[str, float]:
    """``calls`` concurrent ``get_user`` calls on a fresh client (no token yet).

    The server counts the token requests; this reports how many calls succeeded and the time.
    """
    async with make_client(url) as client:
        start = time.perf_counter_ns()
        users = await asyncio.gather(
            *(get_user.asyncio(client=client, user_id=USER_ID) for _ in range(calls))
        )
        elapsed = (time.perf_counter_ns() - start) / 1e9
    return {"ok": sum(isinstance(u, User) for u in users), "seconds": elapsed}
