"""The two transports the async client can run on (``http_backend=``), for tests that must
behave the same over both: httpx's own (httpcore) and aiohttp's (the ``aiohttp`` extra)."""

from __future__ import annotations

from typing import Any

import httpx

from logto_management._transports.aiohttp import (
    HttpBackend,
    LogtoAiohttpTransport,
    aiohttp_transport,
)

BACKENDS: list[HttpBackend] = ["httpx", "aiohttp"]


def inner_async_transport(backend: HttpBackend) -> httpx.AsyncBaseTransport:
    """The innermost transport create_management_api builds for ``backend``."""
    if backend == "aiohttp":
        return aiohttp_transport()
    return httpx.AsyncHTTPTransport()


def connections_in_use(transport: httpx.AsyncBaseTransport) -> int:
    """How many pooled connections hold an unreleased response."""
    if isinstance(transport, LogtoAiohttpTransport):
        session: Any = getattr(transport._inner, "client", None)
        if session is None or not hasattr(session, "connector"):
            return 0  # no request made yet: no session, no connection
        return len(session.connector._acquired)
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    pool = transport._pool
    return sum(1 for conn in pool.connections if not (conn.is_idle() or conn.is_closed()))
