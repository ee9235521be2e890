"""httpx clients that raise :class:`LogtoApiError` for 4xx/5xx Management API answers.

They also raise :class:`LogtoConnectionError` / :class:`LogtoTimeoutError` (with the httpx
exception as ``__cause__``) when no answer comes, from :meth:`send`, through which every request
goes, token requests included. ``max_retries`` (when not ``None``) travels with each request
they build to the retry transport below (``MAX_RETRIES_EXTENSION``).

The generated operations call ``client.get_async_httpx_client().request(method=..., url=...)`` and
then parse the answer; overriding :meth:`request` makes an error answer raise a typed exception
before the generated code would have returned ``None`` or an untyped body. ``get()``, ``post()``...
go through :meth:`request` too. :meth:`send` and :meth:`stream` are left alone: the token requests
of :class:`ClientCredentials` use ``send()`` and handle their own errors, and a streamed body is
the caller's to read.

The default timeout is 10 seconds for each API request (connect, read, write and pool each); the
token requests carry their own.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._errors import LogtoApiError, LogtoConnectionError
from ._headers import MAX_RETRIES_EXTENSION
from ._version import __version__

__all__ = ["DEFAULT_TIMEOUT", "USER_AGENT", "LogtoAsyncHTTPClient", "LogtoHTTPClient"]

DEFAULT_TIMEOUT = httpx.Timeout(10.0)
USER_AGENT = f"logto-management/{__version__} python-httpx/{httpx.__version__}"


def _with_retries(request: httpx.Request, max_retries: int | None) -> httpx.Request:
    if max_retries is not None and MAX_RETRIES_EXTENSION not in request.extensions:
        request.extensions[MAX_RETRIES_EXTENSION] = max_retries
    return request


class LogtoAsyncHTTPClient(httpx.AsyncClient):
    """An :class:`httpx.AsyncClient` whose :meth:`request` raises :class:`LogtoApiError`.

    ``raise_on_error=False`` keeps httpx's behaviour (the response is returned as it is).
    ``max_retries`` overrides the retry transport's count for the requests of this client.
    The ``User-Agent`` is ``logto-management/<version> python-httpx/<version>`` unless
    ``headers`` set another. Other keyword arguments go to :class:`httpx.AsyncClient`.
    """

    def __init__(
        self,
        *,
        raise_on_error: bool = True,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(timeout=timeout, **kwargs)
        if "user-agent" not in {name.lower() for name in (kwargs.get("headers") or {})}:
            self.headers["User-Agent"] = USER_AGENT
        self.raise_on_error = raise_on_error
        self.max_retries = max_retries

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return _with_retries(super().build_request(method, url, **kwargs), self.max_retries)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            return await super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise LogtoConnectionError.from_transport_error(exc, request) from exc

    async def request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        response = await super().request(method, url, **kwargs)
        if self.raise_on_error and response.is_error:
            await response.aread()  # already read by request(); a no-op kept for safety
            raise LogtoApiError.from_response(response)
        return response


class LogtoHTTPClient(httpx.Client):
    """The synchronous :class:`LogtoAsyncHTTPClient`, an :class:`httpx.Client`."""

    def __init__(
        self,
        *,
        raise_on_error: bool = True,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(timeout=timeout, **kwargs)
        if "user-agent" not in {name.lower() for name in (kwargs.get("headers") or {})}:
            self.headers["User-Agent"] = USER_AGENT
        self.raise_on_error = raise_on_error
        self.max_retries = max_retries

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return _with_retries(super().build_request(method, url, **kwargs), self.max_retries)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            return super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise LogtoConnectionError.from_transport_error(exc, request) from exc

    def request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        response = super().request(method, url, **kwargs)
        if self.raise_on_error and response.is_error:
            response.read()
            raise LogtoApiError.from_response(response)
        return response
