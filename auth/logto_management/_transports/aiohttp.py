"""The optional aiohttp transport: ``create_management_api(..., http_backend="aiohttp")``.

httpx stays the client (auth, retries, the rate limit, errors and the generated code all see
`httpx.Request` / `httpx.Response`); only the innermost transport, the one that speaks HTTP/1.1
on the socket, is aiohttp's, through the ``httpx-aiohttp`` adapter. aiohttp's C-accelerated
connection handling costs less CPU per request than httpcore's (``make bench`` measures it).

Install with ``pip install "logto-management[aiohttp]"``. Only the async client uses it: the
sync client stays on httpx.

The adapter's own error mapping is too coarse for the retry rules: it turns every
``aiohttp.ClientConnectionError`` (a connection dropped after the request was sent, a read
timeout) into ``httpx.ConnectTimeout``, which means "nothing was sent" and would let a POST be
sent twice. :class:`LogtoAiohttpTransport` maps aiohttp's errors the way httpcore reports the
same failures: only a failure to connect is "not sent".
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Literal

import httpx

__all__ = ["HttpBackend", "LogtoAiohttpTransport", "aiohttp_transport", "require_aiohttp"]

HttpBackend = Literal["httpx", "aiohttp"]

_MISSING = (
    'http_backend="aiohttp" needs aiohttp and httpx-aiohttp: '
    'pip install "logto-management[aiohttp]"'
)


def require_aiohttp() -> None:
    """Raise a clear ImportError now when the aiohttp extra is not installed."""
    try:
        import aiohttp  # noqa: F401
        import httpx_aiohttp  # noqa: F401
    except ImportError as exc:
        raise ImportError(_MISSING) from exc


def aiohttp_transport(**transport_args: Any) -> httpx.AsyncBaseTransport:
    """The aiohttp transport, configured with the httpx transport arguments that apply
    (``verify``, ``cert``, ``trust_env``, ``limits``, ``proxy``; ``http2`` is refused)."""
    require_aiohttp()
    args = dict(transport_args)
    if args.pop("http2", False):
        raise ValueError('http_backend="aiohttp" speaks HTTP/1.1 only: leave http2 unset')
    args.pop("http1", None)
    proxy = args.pop("proxy", None)
    if proxy is not None and not isinstance(proxy, httpx.Proxy):
        proxy = httpx.Proxy(proxy)
    return LogtoAiohttpTransport(proxy=proxy, **args)


def _mapped(exc: BaseException, *, reading: bool) -> BaseException:
    """The httpx error httpcore would raise for the same failure (``exc`` is aiohttp's error,
    or the adapter's mapping of it). While reading a body, every failure happened after the
    request was sent."""
    import aiohttp

    cause = exc.__cause__ if isinstance(exc, httpx.TransportError) else exc
    if cause is None:
        return exc
    message = str(cause) or type(cause).__name__
    timeout = isinstance(cause, TimeoutError)  # asyncio.TimeoutError is TimeoutError
    if not reading:
        if isinstance(cause, aiohttp.ClientProxyConnectionError):
            return httpx.ProxyError(message)
        if isinstance(cause, aiohttp.ClientConnectorError):
            return httpx.ConnectError(message)
        if isinstance(cause, aiohttp.ConnectionTimeoutError):
            return httpx.ConnectTimeout(message)
        if isinstance(cause, aiohttp.InvalidURL):
            return httpx.UnsupportedProtocol(message)
    if timeout:
        return httpx.ReadTimeout(message)
    if isinstance(cause, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(message)
    if isinstance(cause, aiohttp.ClientPayloadError | aiohttp.ClientConnectionError):
        return httpx.ReadError(message)
    if isinstance(cause, aiohttp.ClientError):
        return httpx.RemoteProtocolError(message)  # a broken answer (bad status line, headers)
    return exc


class _RemappedStream(httpx.AsyncByteStream):
    """The adapter's response body, with read failures mapped by :func:`_mapped`."""

    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import aiohttp

        try:
            async for chunk in self._inner:
                yield chunk
        except (TimeoutError, httpx.TransportError, aiohttp.ClientError) as exc:
            mapped = _mapped(exc, reading=True)
            if mapped is exc:
                raise
            raise mapped from exc

    async def aclose(self) -> None:
        await self._inner.aclose()


def _transport_class() -> type[httpx.AsyncBaseTransport]:
    from httpx_aiohttp import AiohttpTransport

    return AiohttpTransport


class LogtoAiohttpTransport(httpx.AsyncBaseTransport):
    """``httpx_aiohttp.AiohttpTransport`` with httpcore's error classes (see the module doc)."""

    def __init__(self, **kwargs: Any) -> None:
        self._inner = _transport_class()(**kwargs)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import aiohttp

        try:
            response = await self._inner.handle_async_request(request)
        except (TimeoutError, httpx.TransportError, aiohttp.ClientError) as exc:
            mapped = _mapped(exc, reading=False)
            if mapped is exc:
                raise
            raise mapped from exc
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _RemappedStream(response.stream)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
