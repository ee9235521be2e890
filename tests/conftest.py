"""Fixtures shared across test modules."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from logto_management import ManagementApiClient, create_management_api
from logto_management.testing import LogtoDouble


@pytest.fixture
def logto() -> LogtoDouble:
    """A fresh Logto double (reproducible ids)."""
    return LogtoDouble(seed=7)


@pytest.fixture
async def double_client(logto: LogtoDouble) -> AsyncIterator[ManagementApiClient]:
    """create_management_api talking to the double in-process (ASGI, no sockets)."""
    async with create_management_api(
        "default",
        client_id=logto.app_id,
        client_secret=logto.app_secret,
        base_url="http://logto.test",
        allow_insecure_http=True,
        httpx_args={"transport": logto.transport()},
    ) as client:
        yield client
