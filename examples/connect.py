"""Connecting an example to a Logto: the one in the environment, or a local test double."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from logto_management import ManagementApiClient, create_management_api

ENV_VARS = ("LOGTO_ENDPOINT", "LOGTO_APP_ID", "LOGTO_APP_SECRET")
OSS_API_INDICATOR = "https://default.logto.app/api"


def logto_in_environment() -> bool:
    return all(os.environ.get(name) for name in ENV_VARS)


def connect_from_env() -> ManagementApiClient:
    """A client for the Logto named by LOGTO_ENDPOINT, LOGTO_APP_ID, LOGTO_APP_SECRET.

    A ``https://<tenant>.logto.app`` endpoint is Logto Cloud; anything else is Logto OSS, whose
    Management API resource is LOGTO_API_INDICATOR (default ``https://default.logto.app/api``).
    """
    missing = [name for name in ENV_VARS if not os.environ.get(name)]
    if missing:
        raise SystemExit(f"set {', '.join(missing)} (or run `make demo` for a local Logto)")
    endpoint = os.environ["LOGTO_ENDPOINT"].rstrip("/")
    host = urlsplit(endpoint).hostname or ""
    app_id, app_secret = os.environ["LOGTO_APP_ID"], os.environ["LOGTO_APP_SECRET"]
    if host.endswith(".logto.app") and "LOGTO_API_INDICATOR" not in os.environ:
        tenant = host.split(".", 1)[0]
        return create_management_api(tenant, client_id=app_id, client_secret=app_secret)
    return create_management_api(
        "default",
        client_id=app_id,
        client_secret=app_secret,
        base_url=endpoint,
        api_indicator=os.environ.get("LOGTO_API_INDICATOR", OSS_API_INDICATOR),
    )


def run_scenario(scenario: Callable[[ManagementApiClient], Awaitable[list[str]]]) -> None:
    """Run a scenario against the Logto in the environment and print what it reports."""

    async def main() -> None:
        async with connect_from_env() as client:
            for line in await scenario(client):
                print(line)

    asyncio.run(main())
