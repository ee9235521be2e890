"""Connecting an example to a Logto: the one in the environment, or a local test double."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable

from logto_management import ManagementApiClient, create_management_api_from_env

ENV_VARS = ("LOGTO_ENDPOINT", "LOGTO_APP_ID", "LOGTO_APP_SECRET")


def logto_in_environment() -> bool:
    return all(os.environ.get(name) for name in ENV_VARS)


def connect_from_env() -> ManagementApiClient:
    """A client for the Logto named by LOGTO_ENDPOINT, LOGTO_APP_ID, LOGTO_APP_SECRET.

    A ``https://<tenant>.logto.app`` endpoint is Logto Cloud; anything else is Logto OSS, whose
    Management API resource is LOGTO_API_INDICATOR (default ``https://default.logto.app/api``).
    See `create_management_api_from_env`.
    """
    try:
        return create_management_api_from_env()
    except ValueError as error:
        raise SystemExit(f"{error} (or run `make demo` for a local Logto)") from None


def run_scenario(scenario: Callable[[ManagementApiClient], Awaitable[list[str]]]) -> None:
    """Run a scenario against the Logto in the environment and print what it reports."""

    async def main() -> None:
        async with connect_from_env() as client:
            for line in await scenario(client):
                print(line)

    asyncio.run(main())
