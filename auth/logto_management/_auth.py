"""`LogtoAuth`: an ``httpx.Auth`` that puts a Management API access token on each request.

It works for ``httpx.AsyncClient`` and ``httpx.Client`` alike. When the API answers 401, the
token that was refused is dropped, a new one fetched and the request sent once more (bodies are
read into memory first, so any method can be replayed). A second 401 goes back to the caller.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator

import httpx

from ._credentials import ClientCredentials
from ._request_path import sent_path
from ._urls import check_http_url, is_loopback_host

__all__ = ["LogtoAuth", "TokenCallable"]

logger = logging.getLogger("logto_management")

TokenCallable = Callable[[], Awaitable[str] | str]
"""Anything that, called without arguments, returns an access token (or an awaitable of one)."""

# Logto endpoints under /api that answer without a token.
_PUBLIC_PATHS = ("/api/status", "/api/swagger.json")
_PUBLIC_PREFIX = "/api/.well-known/"


def _default_port(scheme: str) -> int | None:
    return {"http": 80, "https": 443}.get(scheme)


class LogtoAuth(httpx.Auth):
    """Adds ``Authorization: Bearer <token>`` to Management API requests.

    ``token_source`` is a `ClientCredentials` (cached, single-flight tokens; a 401 drops the
    refused token and fetches a new one), or any callable returning a token or an awaitable
    of one (bring your own token source). A callable is called for every request and once
    more after a 401; the request is resent only if it then returns a different token. An
    async callable serves the async flow only; give ``sync_token_source`` for ``httpx.Client``.

    ``base_url`` is the Logto server the tokens are for (the address the Management API lives
    under, without ``/api``). When given, requests to any other origin, or outside its
    ``/api/``, are sent without a token. Requests that need no token (``/api/status``,
    ``/api/swagger.json``, ``/api/.well-known/...``) always go without one.

    A token is never put on a plain ``http://`` request to a host other than loopback
    (``ValueError``) unless ``allow_insecure_http`` is true; by default it follows the
    `ClientCredentials` setting.

    ``http_client`` / ``sync_http_client`` are passed to `ClientCredentials.get_token` so that
    token requests go through the same client as the API requests.
    """

    requires_request_body = True

    def __init__(
        self,
        token_source: ClientCredentials | TokenCallable,
        *,
        base_url: str | httpx.URL | None = None,
        allow_insecure_http: bool | None = None,
        sync_token_source: Callable[[], str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        sync_http_client: httpx.Client | None = None,
    ) -> None:
        if not isinstance(token_source, ClientCredentials) and not callable(token_source):
            raise TypeError("token_source must be a ClientCredentials or a callable")
        self.token_source = token_source
        self.sync_token_source = sync_token_source
        self.http_client = http_client
        self.sync_http_client = sync_http_client
        if allow_insecure_http is None:
            allow_insecure_http = (
                token_source.allow_insecure_http
                if isinstance(token_source, ClientCredentials)
                else False
            )
        self._allow_insecure_http = allow_insecure_http
        self._origin: tuple[str, str, int | None] | None = None
        self._base_path = ""
        if base_url is not None:
            url = check_http_url(
                str(base_url), what="base_url", allow_insecure_http=allow_insecure_http
            )
            self._origin = (url.scheme, url.host, url.port or _default_port(url.scheme))
            self._base_path = url.path.rstrip("/")

    def __repr__(self) -> str:
        return f"LogtoAuth({self.token_source!r})"

    # ------------------------------------------------------------ which requests

    def _needs_token(self, request: httpx.Request) -> bool:
        url = request.url
        if self._origin is None:
            path = url.path
            return not (path.endswith(_PUBLIC_PATHS) or _PUBLIC_PREFIX in path)
        origin = (url.scheme, url.host, url.port or _default_port(url.scheme))
        if origin != self._origin or not url.path.startswith(self._base_path + "/api/"):
            return False
        path = url.path[len(self._base_path) :]
        return not (path in _PUBLIC_PATHS or path.startswith(_PUBLIC_PREFIX))

    def _check_secure(self, request: httpx.Request) -> None:
        url = request.url
        if (
            url.scheme != "https"
            and not self._allow_insecure_http
            and not is_loopback_host(url.host)
        ):
            raise ValueError(
                f"refusing to send an access token over plain {url.scheme}:// to "
                f"{url.host}; use https:// or pass allow_insecure_http=True"
            )

    @staticmethod
    def _authorize(request: httpx.Request, token: str) -> None:
        request.headers["Authorization"] = f"Bearer {token}"

    # ---------------------------------------------------------------- tokens

    async def _token(self) -> str:
        source = self.token_source
        if isinstance(source, ClientCredentials):
            return await source.get_token(http_client=self.http_client)
        result = source()
        if inspect.isawaitable(result):
            result = await result
        return self._checked(result)

    def _token_sync(self) -> str:
        source = self.token_source
        if isinstance(source, ClientCredentials):
            return source.get_token_sync(http_client=self.sync_http_client)
        if self.sync_token_source is not None:
            return self._checked(self.sync_token_source())
        result = source()
        if inspect.isawaitable(result):
            if inspect.iscoroutine(result):
                result.close()  # never awaited: close it to avoid a "never awaited" warning
            raise TypeError(
                "the token source is async and cannot serve a synchronous httpx.Client; "
                "pass sync_token_source= to LogtoAuth as well"
            )
        return self._checked(result)

    @staticmethod
    def _checked(token: object) -> str:
        if not isinstance(token, str) or not token:
            raise TypeError(f"the token source returned {type(token).__name__}, not a token")
        return token

    def _drop(self, token: str, request: httpx.Request) -> None:
        logger.info(
            "Logto answered 401 to %s %s; fetching a new access token and retrying once",
            request.method,
            sent_path(request),
        )
        if isinstance(self.token_source, ClientCredentials):
            self.token_source.invalidate(token)

    # ----------------------------------------------------------------- flows

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not self._needs_token(request):
            yield request
            return
        self._check_secure(request)
        await request.aread()  # the body must be replayable after a 401
        token = await self._token()
        self._authorize(request, token)
        response = yield request
        if response.status_code != 401:
            return
        self._drop(token, request)
        fresh = await self._token()
        if fresh == token:
            return  # the same token would be refused again
        self._authorize(request, fresh)
        yield request

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        if not self._needs_token(request):
            yield request
            return
        self._check_secure(request)
        request.read()
        token = self._token_sync()
        self._authorize(request, token)
        response = yield request
        if response.status_code != 401:
            return
        self._drop(token, request)
        fresh = self._token_sync()
        if fresh == token:
            return
        self._authorize(request, fresh)
        yield request
