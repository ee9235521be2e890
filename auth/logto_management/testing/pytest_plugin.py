"""pytest fixtures for testing your code against the Logto test double.

Installed with ``pip install "logto-management[testing]"`` and loaded by pytest on its own
(the ``pytest11`` entry point): no ``conftest.py`` to write.

* ``logto_double``: a fresh :class:`~logto_management.testing.LogtoDouble` per test (seed it,
  read ``logto_double.state``, drive ``logto_double.controls``);
* ``logto_client``: a client from ``create_management_api`` wired to that double in-process
  (no sockets), for the generated ``asyncio`` functions and ``paginate``;
* ``logto_server``: the same double served on a loopback port in a background thread, for sync
  code, other processes or other HTTP clients: ``.url``, ``.app_id``, ``.app_secret``,
  ``.api_indicator`` and ``.env`` (the ``LOGTO_*`` variables).

The fixtures are plain (synchronous) fixtures, so they work in async tests run by
pytest-asyncio (``@pytest.mark.asyncio``) and by anyio (``@pytest.mark.anyio``) alike, and in
sync tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .. import create_management_api
from .._client import ManagementApiClient
from ._double import LogtoDouble
from ._logto_server import LogtoServer

# LogtoServer: also from logto_management.testing
__all__ = ["IN_PROCESS_URL", "LogtoServer", "logto_client", "logto_double", "logto_server"]

IN_PROCESS_URL = "http://logto.test"
"""The base URL of the in-process client (nothing listens there: the transport is the double)."""


@pytest.fixture
def logto_double() -> LogtoDouble:
    """A fresh in-memory Logto for this test."""
    return LogtoDouble()


@pytest.fixture
def logto_client(logto_double: LogtoDouble) -> ManagementApiClient:
    """A Management API client that calls ``logto_double`` in-process."""
    return create_management_api(
        "default",
        client_id=logto_double.app_id,
        client_secret=logto_double.app_secret,
        base_url=IN_PROCESS_URL,
        api_indicator=logto_double.api_indicator,
        allow_insecure_http=True,
        httpx_args={"transport": logto_double.transport()},
    )


@pytest.fixture
def logto_server(logto_double: LogtoDouble) -> Iterator[LogtoServer]:
    """``logto_double`` served on a free loopback port for the duration of the test."""
    with logto_double.serve_in_thread() as url:
        yield LogtoServer(
            url,
            logto_double.app_id,
            logto_double.app_secret,
            logto_double.api_indicator,
            logto_double,
        )
