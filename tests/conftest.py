"""Fixtures shared across test modules, and the helpers' folder on ``sys.path``.

The tests are laid out like the code (client/, spec/, double/, generated/, project/); what several
of them share lives in ``tests/support/`` and is imported by module name (``from _traffic import
...``), from here and from ``tests/integration``.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from logto_management import ManagementApiClient, create_management_api
from logto_management.testing import LogtoDouble

SUPPORT = str(Path(__file__).resolve().parent / "support")
if SUPPORT not in sys.path:
    sys.path.insert(0, SUPPORT)


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
