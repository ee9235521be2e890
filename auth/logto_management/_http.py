"""httpx clients that raise :class:`LogtoApiError` for 4xx/5xx Management API answers.

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

from ._errors import LogtoApiError

__all__ = ["DEFAULT_TIMEOUT", "LogtoAsyncHTTPClient", "LogtoHTTPClient"]

DEFAULT_TIMEOUT = httpx.Timeout(10.0)


class LogtoAsyncHTTPClient(httpx.AsyncClient):
    """An :class:`httpx.AsyncClient` whose :meth:`request` raises :class:`LogtoApiError`.

    ``raise_on_error=False`` keeps httpx's behaviour (the response is returned as it is).
    Other keyword arguments go to :class:`httpx.AsyncClient`.
    """

    def __init__(
        self,
        *,
        raise_on_error: bool = True,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        **kwargs: Any,
    ) -> None:
        super().__init__(timeout=timeout, **kwargs)
        self.raise_on_error = raise_on_error

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
        **kwargs: Any,
    ) -> None:
        super().__init__(timeout=timeout, **kwargs)
        self.raise_on_error = raise_on_error

    def request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        response = super().request(method, url, **kwargs)
        if self.raise_on_error and response.is_error:
            response.read()
            raise LogtoApiError.from_response(response)
        return response
