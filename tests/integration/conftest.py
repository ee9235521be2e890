"""Fixtures for the tests against a real Logto server.

`make integration` (``python -m tests.integration``) sets ``LOGTO_ENDPOINT``, ``LOGTO_APP_ID``,
``LOGTO_APP_SECRET`` (and ``LOGTO_RESOURCE``): a user's own Logto, or the one
``../shared/logto-server/up.sh`` starts. Without them every test here is skipped.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import pytest

from logto_management import ManagementApiClient

from ._connect import real_logto

OSS_RESOURCE = "https://default.logto.app/api"


@pytest.fixture(scope="session")
def logto_env() -> dict[str, str]:
    """The LOGTO_* variables of the real Logto under test (skips when there is none)."""
    names = ("LOGTO_ENDPOINT", "LOGTO_APP_ID", "LOGTO_APP_SECRET")
    missing = [name for name in names if not os.environ.get(name)]
    if missing:
        pytest.skip(f"no real Logto: {', '.join(missing)} not set (run `make integration`)")
    env = {name: os.environ[name] for name in names}
    env["LOGTO_RESOURCE"] = os.environ.get("LOGTO_RESOURCE", OSS_RESOURCE)
    return env


@pytest.fixture
async def real_client(logto_env: dict[str, str]) -> AsyncIterator[ManagementApiClient]:
    """create_management_api talking to the real Logto over loopback."""
    async with real_logto(logto_env) as client:
        yield client


@pytest.fixture
def unique() -> str:
    """A short unique suffix: the real server's database is shared, so names must not clash."""
    return uuid.uuid4().hex[:10]
