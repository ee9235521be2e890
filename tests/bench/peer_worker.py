"""Per-call timings of the peers, run by the peers' own interpreter (``.peers/venv``).

``python peer_worker.py URL CALLS REPS`` prints one JSON line: µs per ``get user`` call for
raw httpx (the peers' environment pins its own httpx, so it has its own floor), for
``logto-admin`` 1.0.0 (openapi-python-client, async httpx) and for ``py-logto`` 2.0.0
(openapi-generator, synchronous urllib3). Both peers take a fixed bearer token, as the floor does.

This file is standalone: it imports neither the project nor the bench package. The peers are
imported by name, as they are not installed in the project's environment.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

FIXED_TOKEN = "bench-fixed-token"
USER_ID = "n8dkahi9urik"
WARMUP_CALLS = 20


async def _async_us(call: Callable[[], Awaitable[object]], calls: int) -> float:
    start = time.perf_counter_ns()
    for _ in range(calls):
        await call()
    return (time.perf_counter_ns() - start) / calls / 1000


def _py_logto(url: str) -> Callable[[], object]:
    py_logto: Any = importlib.import_module("py_logto")
    config = py_logto.Configuration(host=url, access_token=FIXED_TOKEN)
    users = py_logto.UsersApi(py_logto.ApiClient(config))
    model = importlib.import_module("py_logto.models.get_user200_response").GetUser200Response

    def call() -> object:
        user = users.get_user(USER_ID)
        if not isinstance(user, model):
            raise TypeError(f"py-logto gave {type(user).__name__}")
        return user

    return call


async def measure(url: str, calls: int, reps: int) -> dict[str, list[float]]:
    client_mod: Any = importlib.import_module("logto_admin")
    get_op: Any = importlib.import_module("logto_admin.api.users.get_api_users_user_id")
    model = importlib.import_module(
        "logto_admin.models.get_api_users_user_id_response_200"
    ).GetApiUsersUserIdResponse200
    py_logto_call = _py_logto(url)
    async with (
        client_mod.AuthenticatedClient(base_url=url, token=FIXED_TOKEN) as admin,
        httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {FIXED_TOKEN}"}) as raw,
    ):

        async def logto_admin() -> object:
            user = await get_op.asyncio(USER_ID, client=admin)
            if not isinstance(user, model):
                raise TypeError(f"logto-admin gave {type(user).__name__}")
            return user

        async def floor() -> object:
            response = await raw.get(f"/api/users/{USER_ID}")
            response.raise_for_status()
            return response.json()

        async def py_logto() -> object:
            return py_logto_call()  # synchronous (urllib3): it blocks the loop while it runs

        subjects = {"raw": floor, "logto-admin": logto_admin, "py-logto": py_logto}
        samples: dict[str, list[float]] = {name: [] for name in subjects}
        for _ in range(WARMUP_CALLS):
            for call in subjects.values():
                await call()
        for rep in range(reps):
            order = list(subjects.items())
            for name, call in order if rep % 2 == 0 else order[::-1]:
                samples[name].append(await _async_us(call, calls))
        return samples


def main() -> None:
    url, calls, reps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    print(json.dumps(asyncio.run(measure(url, calls, reps))))


if __name__ == "__main__":
    main()
