"""`ManagedClient`: a `BaseClient` whose requests carry tokens, retry, and raise typed errors.

Each client and each of its copies (``with_headers()``, ``with_timeout()``, ``with_cookies()``,
``with_options()``) has its own httpx clients (its headers, timeout, retry count) over the
`Runtime` they all share (``_runtime``: credentials, rate limiters, connection pools). The client
that made the runtime closes it; a copy closes only its own httpx clients.

``logto_management.ManagementApiClient`` (``_client``) adds the generated resources to it.
"""

from __future__ import annotations

import math
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._base_client import BaseClient
from ._credentials import ClientCredentials
from ._http import USER_AGENT, LogtoAsyncHTTPClient, LogtoHTTPClient
from ._ratelimit import AsyncLimiter
from ._runtime import CLIENT_ARGS, AsyncStack, Runtime, SyncStack
from ._transports.aiohttp import HttpBackend
from ._transports.borrowed import BorrowedAsyncTransport, BorrowedTransport
from ._transports.retry import RetryPolicy

__all__ = ["ManagedClient", "check_timeout"]


def check_timeout(value: float | httpx.Timeout | None, name: str) -> httpx.Timeout | None:
    """``value`` as an ``httpx.Timeout``, or ValueError naming ``name``."""
    if value is None or isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"{name} must be a positive number of seconds")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be finite")
    return httpx.Timeout(float(value))


@define
class ManagedClient(BaseClient):
    """A client whose httpx clients carry Management API tokens, retry and raise typed errors.

    ``logto_management.ManagementApiClient`` is this class with the generated operations'
    resources (``logto.users``...), made by `create_management_api`. Copies (``with_headers()``,
    ``with_timeout()``, ``with_cookies()``, ``with_options()``) leave this client unchanged and
    share its credentials (one token), connection pools and rate limiter. Close the client that
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
    _runtime: Runtime | None = field(
        default=None, kw_only=True, alias="runtime", eq=False, repr=False
    )
    _owns_runtime: bool = field(default=False, init=False, eq=False)
    _async_stack: AsyncStack | None = field(default=None, init=False, eq=False, repr=False)
    _sync_stack: SyncStack | None = field(default=None, init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self._runtime is None:  # made by create_management_api, not a copy
            self._owns_runtime = True
            self._runtime = Runtime(
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
    def runtime(self) -> Runtime:
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
            changes["timeout"] = check_timeout(timeout, "timeout")
        if headers:
            changes["headers"] = {**self._headers, **headers}
        if max_retries is not None:
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
                raise ValueError(f"max_retries must be an int >= 0 (got {max_retries!r})")
            changes["max_retries"] = max_retries
        return evolve(self, **changes)

    def _client_args(self) -> dict[str, Any]:
        args = {k: v for k, v in self._httpx_args.items() if k in CLIENT_ARGS}
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
                transport=BorrowedAsyncTransport(stack.transport),
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
                transport=BorrowedTransport(stack.transport),
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
