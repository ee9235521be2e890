"""`create_management_api`: a generated ``Client`` wired with tokens, retries and errors.

The returned client is a `logto_management_api.Client`, so every generated operation accepts it.
What it opens lives in a `_Runtime` that the client and all its copies share (``with_headers()``,
``with_timeout()``, ``with_cookies()``, ``with_options()``): the credentials (one token), the rate
limiter and, per kind (async, sync), one stack bound to one connection pool::

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
import math
import re
import threading
from collections.abc import AsyncGenerator
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from logto_management_api import Client

from ._aiohttp import HttpBackend, aiohttp_transport, require_aiohttp
from ._auth import LogtoAuth
from ._credentials import ClientAuthMethod, ClientCredentials, TokenCache, check_http_url
from ._http import USER_AGENT, LogtoAsyncHTTPClient, LogtoHTTPClient
from ._ratelimit import AsyncLimiter, AsyncRateLimiter, RateLimiter
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport

__all__ = ["ManagementApiClient", "create_management_api"]

# httpx_args that configure the connection layer: they go to the inner transport we build
# (httpx ignores them on a client that is given a transport).
_TRANSPORT_ARGS = frozenset({"verify", "cert", "trust_env", "http1", "http2", "limits", "proxy"})
_CLIENT_ARGS = frozenset(
    {"event_hooks", "headers", "cookies", "params", "mounts", "max_redirects", "default_encoding"}
)
_ALLOWED_HTTPX_ARGS = _TRANSPORT_ARGS | _CLIENT_ARGS | {"transport", "follow_redirects"}

# Logto runs on Node, whose HTTP server closes a keep-alive connection after 5 s idle: httpx's
# default expiry too. A request sent on a connection at the moment the server closes it fails
# with a ReadError that is not safe to resend for a POST, so idle connections expire here first.
KEEPALIVE_EXPIRY = 4.0
DEFAULT_LIMITS = httpx.Limits(
    max_connections=100, max_keepalive_connections=20, keepalive_expiry=KEEPALIVE_EXPIRY
)

_HOST_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


class _BorrowedAsyncTransport(httpx.AsyncBaseTransport):
    """A shared transport seen through one httpx client: closing that client leaves it open."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self.transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.transport.handle_async_request(request)

    async def aclose(self) -> None:
        """Nothing: the `_Runtime` closes the shared transport."""


class _BorrowedTransport(httpx.BaseTransport):
    """The synchronous `_BorrowedAsyncTransport`."""

    def __init__(self, transport: httpx.BaseTransport) -> None:
        self.transport = transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.transport.handle_request(request)

    def close(self) -> None:
        """Nothing: the `_Runtime` closes the shared transport."""


class _AsyncStack:
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


async def _close_with_loop(stack: _AsyncStack) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        stack.detach_watch()  # this generator is ending: aclose() must not close it again
        if not stack.closed:
            await stack.aclose()


class _SyncStack:
    """The synchronous `_AsyncStack` (not bound to any event loop)."""

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


class _Runtime:
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
        self.transport_args = {k: args.pop(k) for k in _TRANSPORT_ARGS if k in args}
        self.transport_args.setdefault("verify", verify_ssl)
        self.transport_args.setdefault("limits", DEFAULT_LIMITS)
        self.token_client_args = {k: v for k, v in args.items() if k != "follow_redirects"}
        self.http_backend = http_backend
        self.async_limiter: AsyncLimiter | None = rate_limiter
        if rate_limiter is None and rate_limit:
            self.async_limiter = AsyncRateLimiter(*rate_limit)
        self.sync_limiter = RateLimiter(*rate_limit) if rate_limit else None
        self._lock = threading.Lock()
        self._async: _AsyncStack | None = None
        self._sync: _SyncStack | None = None

    def _auth(self) -> LogtoAuth:
        return LogtoAuth(
            self.credentials, base_url=self.base_url, allow_insecure_http=self.allow_insecure_http
        )

    def async_stack(self) -> _AsyncStack:
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
                transport=_BorrowedAsyncTransport(retrying),
                raise_on_error=False,
                follow_redirects=False,
                **self.token_client_args,
            )
            auth = self._auth()
            auth.http_client = token_client
            stack = _AsyncStack(loop, retrying, auth, token_client)
            self._async = stack
            return stack

    def sync_stack(self) -> _SyncStack:
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
                transport=_BorrowedTransport(retrying),
                raise_on_error=False,
                follow_redirects=False,
                **self.token_client_args,
            )
            auth = self._auth()
            auth.sync_http_client = token_client
            self._sync = _SyncStack(retrying, auth, token_client)
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


@define
class ManagementApiClient(Client):
    """A `logto_management_api.Client` whose httpx clients carry Management API tokens.

    Made by `create_management_api`. Copies (``with_headers()``, ``with_timeout()``,
    ``with_cookies()``, ``with_options()``) leave this client unchanged and share its
    credentials (one token), connection pools and rate limiter. Close the client that
    `create_management_api` returned (``async with``, ``aclose()``, ``with``, ``close()``); closing
    a copy closes nothing that the others use.
    """

    credentials: ClientCredentials = field(kw_only=True)
    retry_policy: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    rate_limit: tuple[int, float] | None = field(default=None, kw_only=True)
    rate_limiter: AsyncLimiter | None = field(default=None, kw_only=True)
    raise_on_error: bool = field(default=True, kw_only=True)
    allow_insecure_http: bool = field(default=False, kw_only=True)
    http_backend: HttpBackend = field(default="httpx", kw_only=True)
    max_retries: int | None = field(default=None, kw_only=True)
    """This client's retry count, overriding ``retry_policy.max_retries`` (see `with_options`)."""
    _runtime: _Runtime | None = field(
        default=None, kw_only=True, alias="runtime", eq=False, repr=False
    )
    _owns_runtime: bool = field(default=False, init=False, eq=False)
    _async_stack: _AsyncStack | None = field(default=None, init=False, eq=False, repr=False)
    _sync_stack: _SyncStack | None = field(default=None, init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self._runtime is None:  # made by create_management_api, not a copy
            self._owns_runtime = True
            self._runtime = _Runtime(
                base_url=self._base_url,
                credentials=self.credentials,
                retry_policy=self.retry_policy,
                rate_limit=self.rate_limit,
                rate_limiter=self.rate_limiter,
                allow_insecure_http=self.allow_insecure_http,
                httpx_args=self._httpx_args,
                verify_ssl=self._verify_ssl,
                http_backend=self.http_backend,
            )

    @property
    def runtime(self) -> _Runtime:
        assert self._runtime is not None  # set by __attrs_post_init__
        return self._runtime

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        headers: dict[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Self:
        """A copy of this client with its own timeout, extra headers or retry count.

        For one call: ``await get_user.asyncio(user_id, client=client.with_options(timeout=2))``.
        The copy shares this client's token, connections and rate limit; this client is left
        unchanged. Options not given keep this client's values.
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = _timeout(timeout, "timeout")
        if headers:
            changes["headers"] = {**self._headers, **headers}
        if max_retries is not None:
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
                raise ValueError(f"max_retries must be an int >= 0 (got {max_retries!r})")
            changes["max_retries"] = max_retries
        return evolve(self, **changes)

    def _client_args(self) -> dict[str, Any]:
        args = {k: v for k, v in self._httpx_args.items() if k in _CLIENT_ARGS}
        args["headers"] = {"User-Agent": USER_AGENT, **args.get("headers", {}), **self._headers}
        args["cookies"] = {**args.get("cookies", {}), **self._cookies}
        args["follow_redirects"] = self._httpx_args.get("follow_redirects", self._follow_redirects)
        return args

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """This client's `LogtoAsyncHTTPClient`, over the pool of the running event loop."""
        if self._async_client is not None and self._async_stack is None:
            return self._async_client  # set by set_async_httpx_client()
        stack = self.runtime.async_stack()
        client = self._async_client
        if client is None or self._async_stack is not stack or client.is_closed:
            client = LogtoAsyncHTTPClient(
                base_url=self._base_url,
                timeout=self._timeout,
                transport=_BorrowedAsyncTransport(stack.transport),
                auth=stack.auth,
                raise_on_error=self.raise_on_error,
                max_retries=self.max_retries,
                **self._client_args(),
            )
            self._async_client, self._async_stack = client, stack
        return client

    def get_httpx_client(self) -> httpx.Client:
        """This client's `LogtoHTTPClient`, built on first use."""
        if self._client is not None and self._sync_stack is None:
            return self._client  # set by set_httpx_client()
        stack = self.runtime.sync_stack()
        client = self._client
        if client is None or self._sync_stack is not stack or client.is_closed:
            client = LogtoHTTPClient(
                base_url=self._base_url,
                timeout=self._timeout,
                transport=_BorrowedTransport(stack.transport),
                auth=stack.auth,
                raise_on_error=self.raise_on_error,
                max_retries=self.max_retries,
                **self._client_args(),
            )
            self._client, self._sync_stack = client, stack
        return client

    async def aclose(self) -> None:
        """Close the connections (async and sync) if this client owns them; idempotent.

        On a copy this only retires the copy's own httpx clients. A closed client opens new
        connections when it is used again.
        """
        # A view's transport is borrowed: closing it only marks it closed.
        if self._async_client is not None and self._async_stack is not None:
            await self._async_client.aclose()
        self._close_sync_view()
        if self._owns_runtime:
            await self.runtime.aclose()

    def close(self) -> None:
        """Close the synchronous connections if this client owns them (``aclose()`` closes the
        async ones too); idempotent."""
        self._close_sync_view()
        if self._owns_runtime:
            self.runtime.close()

    def _close_sync_view(self) -> None:
        if self._client is not None and self._sync_stack is not None:
            self._client.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _tenant_label(tenant_id: str) -> str:
    if not isinstance(tenant_id, str) or not _HOST_LABEL.fullmatch(tenant_id.lower()):
        raise ValueError(
            f"tenant_id {tenant_id!r} is not a valid host name label (letters, digits and "
            "inner hyphens, at most 63); Logto Cloud tenant ids look like 'abc123', "
            "Logto OSS uses 'default'"
        )
    return tenant_id.lower()


def _server_url(base_url: str, *, allow_insecure_http: bool) -> str:
    if not isinstance(base_url, str):
        raise ValueError("base_url must be a string such as 'https://auth.example.com'")
    base = base_url.strip().rstrip("/")
    url = check_http_url(base, what="base_url", allow_insecure_http=allow_insecure_http)
    if url.path.rstrip("/").endswith(("/api", "/oidc")):
        raise ValueError(
            f"base_url {base_url!r} should be the Logto server root, without /api or /oidc "
            "(for example https://auth.example.com)"
        )
    return base


def _timeout(value: float | httpx.Timeout | None, name: str) -> httpx.Timeout | None:
    if value is None or isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"{name} must be a positive number of seconds")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be finite")
    return httpx.Timeout(float(value))


def create_management_api(
    tenant_id: str = "default",
    *,
    client_id: str,
    client_secret: str,
    base_url: str | None = None,
    api_indicator: str | None = None,
    scope: str | None = "all",
    timeout: float | httpx.Timeout | None = 10.0,
    token_timeout: float = 10.0,
    token_leeway: float = 60.0,
    max_retries: int = 2,
    retry_policy: RetryPolicy | None = None,
    rate_limit: tuple[int, float] | None = None,
    rate_limiter: AsyncLimiter | None = None,
    token_cache: TokenCache | None = None,
    raise_on_error: bool = True,
    client_auth: ClientAuthMethod = "basic",
    allow_insecure_http: bool = False,
    httpx_args: dict[str, Any] | None = None,
    http_backend: HttpBackend = "httpx",
) -> ManagementApiClient:
    """A client for the Logto Management API, authenticated as a machine-to-machine app.

    Logto Cloud: ``create_management_api("my-tenant", client_id=..., client_secret=...)`` talks
    to ``https://my-tenant.logto.app`` and asks for the resource
    ``https://my-tenant.logto.app/api``. Logto OSS: tenant ``"default"`` and
    ``base_url="https://auth.example.com"`` (the resource stays
    ``https://default.logto.app/api``); ``api_indicator`` overrides the resource.

    Args:
        tenant_id: the tenant id (a host name label); ``"default"`` for Logto OSS.
        client_id, client_secret: the machine-to-machine app's id and secret. It needs a role
            with the Management API ``all`` permission.
        base_url: the Logto server, without ``/api`` (trailing slashes are ignored).
        api_indicator: the Management API resource indicator.
        scope: the scope asked for (``None``: ask for none).
        timeout: API request timeout in seconds (or an ``httpx.Timeout``).
        token_timeout: token request timeout in seconds.
        token_leeway: seconds before expiry at which a token is replaced.
        max_retries: retries of transient failures (see `RetryPolicy`); ``retry_policy``
            overrides it.
        rate_limit: ``(max_requests, per_seconds)``, e.g. ``(200, 10.0)`` for Logto Cloud.
        rate_limiter: a limiter for the async client instead of ``rate_limit``'s in-process
            one, e.g. `logto_management.redis.RedisRateLimiter` to share one budget across
            processes (the sync client keeps ``rate_limit``).
        token_cache: where the access token is shared besides this process's memory, e.g.
            `logto_management.redis.RedisTokenCache` (async client only).
        raise_on_error: raise `LogtoApiError` for 4xx/5xx answers.
        client_auth: ``"basic"`` (HTTP Basic) or ``"post"`` (form fields).
        allow_insecure_http: allow plain ``http://`` to hosts other than loopback.
        httpx_args: more arguments for the httpx clients (transport, proxy, verify, limits,
            event_hooks, headers...). A ``transport`` becomes the innermost transport, below
            retries and the rate limit.
        http_backend: ``"aiohttp"`` sends the async client's requests through aiohttp (less
            CPU per request; ``pip install "logto-management[aiohttp]"``). Everything above
            the socket (auth, retries, rate limit, errors) is the same. The sync client always
            uses httpx.

    Raises:
        ValueError: for an empty client id or secret, an invalid tenant id or a malformed
            ``base_url``.
        ImportError: for ``http_backend="aiohttp"`` without the ``aiohttp`` extra.
    """
    tenant = _tenant_label(tenant_id)
    if base_url is None:
        server = f"https://{tenant}.logto.app"
    else:
        server = _server_url(base_url, allow_insecure_http=allow_insecure_http)
    resource = api_indicator if api_indicator is not None else f"https://{tenant}.logto.app/api"
    args = dict(httpx_args or {})
    unknown = sorted(set(args) - _ALLOWED_HTTPX_ARGS)
    if unknown:
        raise ValueError(
            f"httpx_args {unknown} are not supported here (auth, base_url and timeout are "
            f"set by create_management_api); accepted: {sorted(_ALLOWED_HTTPX_ARGS)}"
        )
    if http_backend not in ("httpx", "aiohttp"):
        raise ValueError(f"http_backend must be 'httpx' or 'aiohttp' (got {http_backend!r})")
    if http_backend == "aiohttp":
        require_aiohttp()
        if "transport" in args:
            raise ValueError('pass either httpx_args["transport"] or http_backend="aiohttp"')
    policy = retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
    if rate_limit is not None:
        AsyncRateLimiter(*rate_limit)  # validates the numbers now rather than on first use
    credentials = ClientCredentials(
        token_endpoint=f"{server}/oidc/token",
        client_id=client_id,
        client_secret=client_secret,
        resource=resource,
        scope=scope,
        client_auth=client_auth,
        leeway=token_leeway,
        timeout=token_timeout,
        allow_insecure_http=allow_insecure_http,
        token_cache=token_cache,
    )
    return ManagementApiClient(
        base_url=server,
        timeout=_timeout(timeout, "timeout"),
        httpx_args=args,
        credentials=credentials,
        retry_policy=policy,
        rate_limit=rate_limit,
        rate_limiter=rate_limiter,
        raise_on_error=raise_on_error,
        allow_insecure_http=allow_insecure_http,
        http_backend=http_backend,
    )
