"""A shared transport lent to one httpx client: closing that client leaves the transport open.

Every copy of a managed client, and the token requests, get their own httpx client over the one
retrying transport of the runtime (``_runtime.Runtime``), which alone closes it.
"""

from __future__ import annotations

import httpx

__all__ = ["BorrowedAsyncTransport", "BorrowedTransport"]


class BorrowedAsyncTransport(httpx.AsyncBaseTransport):
    """A shared transport seen through one httpx client: closing that client leaves it open."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self.transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.transport.handle_async_request(request)

    async def aclose(self) -> None:
        """Nothing: the runtime (``_runtime.Runtime``) closes the shared transport."""


class BorrowedTransport(httpx.BaseTransport):
    """The synchronous `BorrowedAsyncTransport`."""

    def __init__(self, transport: httpx.BaseTransport) -> None:
        self.transport = transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.transport.handle_request(request)

    def close(self) -> None:
        """Nothing: the runtime (``_runtime.Runtime``) closes the shared transport."""
