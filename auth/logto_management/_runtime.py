"""What a managed client and all its copies share: credentials, rate limiters, connection pools.

A `ManagedClient` (``ManagementApiClient``, made by ``create_management_api``) and its copies
(``with_headers()``, ``with_timeout()``, ``with_cookies()``, ``with_options()``) share one
`Runtime`: the credentials (one token), the rate limiter and, per kind (async, sync), one stack
bound to one connection pool::

    LogtoAsyncHTTPClient   one per client or copy: its headers, timeout, retry count; raises
                           LogtoApiError for 4xx/5xx and LogtoConnectionError for no answer
      auth=LogtoAuth       bearer token; one refresh and one resend after a 401 (shared)
      AsyncRetryTransport  optional rate limit; retries of transient failures (shared)
        inner transport    httpx.AsyncHTTPTransport (aiohttp's with http_backend="aiohttp"),
                           or httpx_args["transport"] (shared)

The token requests go through the same transport (with ``auth=None``), so ``httpx_args``
(transport, proxy, verify, limits, event hooks...) apply to them too.

Lifecycle. ``aclose()`` / ``close()`` (or ``async with`` / ``with``) on the client that
`create_management_api` returned close the connection pools, once; on a copy they close nothing
shared. A closed client opens new connections if it is used again. The async stack belongs to
the event loop it was opened in: when that loop shuts down (the end of ``asyncio.run()``), its
connections are closed, and the next event loop gets a new stack, so one client serves successive
``asyncio.run()`` calls. Using one client from two event loops running at the same time (two
threads) raises a `RuntimeError` that says so.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncGenerator
from typing import Any

import httpx

from ._auth import LogtoAuth
from ._credentials import ClientCredentials
from ._http import LogtoAsyncHTTPClient, LogtoHTTPClient
from ._ratelimit import AsyncLimiter, AsyncRateLimiter, RateLimiter
from ._transports.aiohttp import HttpBackend, aiohttp_transport
from ._transports.borrowed import BorrowedAsyncTransport, BorrowedTransport
from ._transports.retry import AsyncRetryTransport, RetryPolicy, RetryTransport

__all__ = [
    "CLIENT_ARGS",
    "DEFAULT_LIMITS",
    "KEEPALIVE_EXPIRY",
    "TRANSPORT_ARGS",
    "AsyncStack",
    "Runtime",
    "SyncStack",
]

# httpx_args that configure the connection layer: they go to the inner transport we build
# (httpx ignores them on a client that is given a transport).
TRANSPORT_ARGS = frozenset({"verify", "cert", "trust_env", "http1", "http2", "limits", "proxy"})
# httpx_args that configure each httpx client (each copy's own, and the token requests').
CLIENT_ARGS = frozenset(
    {"event_hooks", "headers", "cookies", "params", "mounts", "max_redirects", "default_encoding"}
)

# Logto runs on Node, whose HTTP server closes a keep-alive connection after 5 s idle: httpx's
# default expiry too. A request sent on a connection at the moment the server closes it fails
# with a ReadError that is not safe to resend for a POST, so idle connections expire here first.
KEEPALIVE_EXPIRY = 4.0
DEFAULT_LIMITS = httpx.Limits(
    max_connections=100, max_keepalive_connections=20, keepalive_expiry=KEEPALIVE_EXPIRY
)


class AsyncStack:
    """What is bound to one event loop: the retry transport over the pool, the auth flow, and
    the httpx client the token requests go through."""

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop | None,
        transport: AsyncRetryTransport,
        auth: LogtoAuth,
        token_client: LogtoAsyncHTTPClient,
    ) -> None:
        self.loop = loop  # None: opened outside any event loop, bound on first use in one
        self.transport = transport
        self.auth = auth
        self.token_client = token_client
        self.closed = False
        self._watch: AsyncGenerator[None, None] | None = None
        if loop is not None:
            self.watch_loop()

    def detach_watch(self) -> None:
        self._watch = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Bind a stack opened outside any event loop to the first loop that uses it."""
        self.loop = loop
        self.watch_loop()

    def watch_loop(self) -> None:
        """Close this stack when its event loop shuts down.

        An async generator started in a loop is closed by ``loop.shutdown_asyncgens()``, which
        ``asyncio.run()``, ``asyncio.Runner`` and pytest-asyncio call before closing the loop;
        it is also closed (in the loop) if it is garbage-collected first. Started here by hand
        (its body runs to the ``yield`` without awaiting anything), it is invisible otherwise:
        no task that ``asyncio.all_tasks()`` would show.
        """
        watch = _close_with_loop(self)
        step = watch.asend(None)  # registers the generator with the running loop
        with contextlib.suppress(StopIteration):
            step.send(None)
        self._watch = watch

    async def aclose(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if self.loop is None or running is self.loop:
            await self.token_client.aclose()
            await self.transport.aclose()
            # The httpx clients ClientCredentials made itself, for get_token() called directly
            # (without http_client=): bound to this loop too.
            if isinstance(self.auth.token_source, ClientCredentials):
                await self.auth.token_source.aclose()
        # else: the loop is gone; its sockets went with it and cannot be closed any more.
        watch, self._watch = self._watch, None
        if watch is not None and running is self.loop:
            await watch.aclose()

    def abandon(self) -> None:
        """Forget a stack whose event loop has ended without closing it (no shutdown of its
        async generators): mark it closed and stop its watcher without awaiting anything."""
        self.closed = True
        watch, self._watch = self._watch, None
        if watch is not None:
            closing = watch.aclose()
            with contextlib.suppress(StopIteration):
                closing.send(None)  # the generator's `finally` sees `closed` and returns


async def _close_with_loop(stack: AsyncStack) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        stack.detach_watch()  # this generator is ending: aclose() must not close it again
        if not stack.closed:
            await stack.aclose()


class SyncStack:
    """The synchronous `AsyncStack` (not bound to any event loop)."""

    def __init__(self, transport: RetryTransport, auth: LogtoAuth, token_client: LogtoHTTPClient):
        self.transport = transport
        self.auth = auth
        self.token_client = token_client
        self.closed = False

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.token_client.close()
            self.transport.close()


class Runtime:
    """What a client and all its copies share: credentials, rate limiters, connection pools."""

    def __init__(
        self,
        *,
        base_url: str,
        credentials: ClientCredentials,
        retry_policy: RetryPolicy,
        rate_limit: tuple[int, float] | None,
        rate_limiter: AsyncLimiter | None,
        allow_insecure_http: bool,
        httpx_args: dict[str, Any],
        verify_ssl: Any,
        http_backend: HttpBackend,
    ) -> None:
        self.base_url = base_url
        self.credentials = credentials
        self.retry_policy = retry_policy
        self.allow_insecure_http = allow_insecure_http
        args = dict(httpx_args)
        self.transport: Any = args.pop("transport", None)
        self.transport_args = {k: args.pop(k) for k in TRANSPORT_ARGS if k in args}
        self.transport_args.setdefault("verify", verify_ssl)
        self.transport_args.setdefault("limits", DEFAULT_LIMITS)
        self.token_client_args = {k: v for k, v in args.items() if k != "follow_redirects"}
        self.http_backend = http_backend
        self.async_limiter: AsyncLimiter | None = rate_limiter
        if rate_limiter is None and rate_limit:
            self.async_limiter = AsyncRateLimiter(*rate_limit)
        self.sync_limiter = RateLimiter(*rate_limit) if rate_limit else None
        self._lock = threading.Lock()
        self._async: AsyncStack | None = None
        self._sync: SyncStack | None = None

    def _auth(self) -> LogtoAuth:
        return LogtoAuth(
            self.credentials, base_url=self.base_url, allow_insecure_http=self.allow_insecure_http
        )

    def async_stack(self) -> AsyncStack:
        """The stack of the running event loop, opened on first use in that loop."""
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:  # get_async_httpx_client() called outside any event loop
            loop = None
        with self._lock:
            stack = self._async
            if stack is not None and not stack.closed:
                if stack.loop is None and loop is not None:
                    stack.bind(loop)
                if stack.loop is loop or loop is None:
                    return stack
                assert stack.loop is not None
                if stack.loop.is_running():
                    raise RuntimeError(
                        "this Logto client is already in use in another running event loop "
                        "(another thread); its connections belong to that loop. Create one "
                        "client per event loop."
                    )
                stack.abandon()
            transport = self.transport
            if transport is None and self.http_backend == "aiohttp":
                transport = aiohttp_transport(**self.transport_args)
            elif transport is None:
                transport = httpx.AsyncHTTPTransport(**self.transport_args)
            elif not isinstance(transport, httpx.AsyncBaseTransport):
                raise TypeError(
                    "httpx_args['transport'] is not an httpx.AsyncBaseTransport, so it cannot "
                    "serve the async client"
                )
            retrying = AsyncRetryTransport(
                transport, policy=self.retry_policy, rate_limiter=self.async_limiter
            )
            token_client = LogtoAsyncHTTPClient(
                transport=BorrowedAsyncTransport(retrying),
                raise_on_error=False,
                follow_redirects=False,
                **self.token_client_args,
            )
            auth = self._auth()
            auth.http_client = token_client
            stack = AsyncStack(loop, retrying, auth, token_client)
            self._async = stack
            return stack

    def sync_stack(self) -> SyncStack:
        with self._lock:
            if self._sync is not None and not self._sync.closed:
                return self._sync
            transport = self.transport
            if transport is None:
                transport = httpx.HTTPTransport(**self.transport_args)
            elif not isinstance(transport, httpx.BaseTransport):
                raise TypeError(
                    "httpx_args['transport'] is not an httpx.BaseTransport, so it cannot serve "
                    "the sync client"
                )
            retrying = RetryTransport(
                transport, policy=self.retry_policy, rate_limiter=self.sync_limiter
            )
            token_client = LogtoHTTPClient(
                transport=BorrowedTransport(retrying),
                raise_on_error=False,
                follow_redirects=False,
                **self.token_client_args,
            )
            auth = self._auth()
            auth.sync_http_client = token_client
            self._sync = SyncStack(retrying, auth, token_client)
            return self._sync

    async def aclose(self) -> None:
        with self._lock:
            stack, self._async = self._async, None
        if stack is not None:
            await stack.aclose()
        self.close()

    def close(self) -> None:
        with self._lock:
            stack, self._sync = self._sync, None
        if stack is not None:
            stack.close()
