"""`create_management_api`: a generated ``Client`` wired with tokens, retries and errors.

The returned client is a `logto_management_api.Client`, so every generated operation accepts it.
Its ``get_async_httpx_client()`` / ``get_httpx_client()`` build, once each and on first use, a
`LogtoAsyncHTTPClient` / `LogtoHTTPClient` stacked as::

    LogtoAsyncHTTPClient   raises LogtoApiError for 4xx/5xx (unless raise_on_error=False)
      auth=LogtoAuth       bearer token; one refresh and one resend after a 401
      AsyncRetryTransport  optional rate limit; retries of transient failures
        inner transport    httpx.AsyncHTTPTransport (aiohttp's with http_backend="aiohttp"),
                           or httpx_args["transport"]

The token requests go through the same httpx client (with ``auth=None``), so ``httpx_args``
(transport, proxy, verify, limits, event hooks...) apply to them too.
"""

from __future__ import annotations

import math
import re
from typing import Any

import httpx
from attrs import define, field

from logto_management_api import Client

from ._aiohttp import HttpBackend, aiohttp_transport, require_aiohttp
from ._auth import LogtoAuth
from ._credentials import ClientAuthMethod, ClientCredentials, TokenCache, check_http_url
from ._http import LogtoAsyncHTTPClient, LogtoHTTPClient
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

_HOST_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


@define
class ManagementApiClient(Client):
    """A `logto_management_api.Client` whose httpx clients carry Management API tokens.

    Made by `create_management_api`. ``credentials`` is shared by the async and the sync
    client (and by copies made with ``with_headers()`` and friends), so they share one token.
    """

    credentials: ClientCredentials = field(kw_only=True)
    retry_policy: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    rate_limit: tuple[int, float] | None = field(default=None, kw_only=True)
    rate_limiter: AsyncLimiter | None = field(default=None, kw_only=True)
    raise_on_error: bool = field(default=True, kw_only=True)
    allow_insecure_http: bool = field(default=False, kw_only=True)
    http_backend: HttpBackend = field(default="httpx", kw_only=True)

    def _split_httpx_args(self) -> tuple[Any, dict[str, Any], dict[str, Any]]:
        """(user transport or None, inner-transport kwargs, client kwargs)."""
        args = dict(self._httpx_args)
        transport = args.pop("transport", None)
        transport_args = {k: args.pop(k) for k in _TRANSPORT_ARGS if k in args}
        transport_args.setdefault("verify", self._verify_ssl)
        if "trust_env" in transport_args:
            args["trust_env"] = transport_args["trust_env"]
        args["headers"] = {**self._headers, **args.get("headers", {})}
        args["cookies"] = {**self._cookies, **args.get("cookies", {})}
        args.setdefault("follow_redirects", self._follow_redirects)
        return transport, transport_args, args

    def _auth(self) -> LogtoAuth:
        return LogtoAuth(
            self.credentials, base_url=self._base_url, allow_insecure_http=self.allow_insecure_http
        )

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The `LogtoAsyncHTTPClient` of this client, built on first use."""
        if self._async_client is None:
            transport, transport_args, args = self._split_httpx_args()
            if transport is None and self.http_backend == "aiohttp":
                transport = aiohttp_transport(**transport_args)
            elif transport is None:
                transport = httpx.AsyncHTTPTransport(**transport_args)
            elif not isinstance(transport, httpx.AsyncBaseTransport):
                raise TypeError(
                    "httpx_args['transport'] is not an httpx.AsyncBaseTransport, so it cannot "
                    "serve the async client"
                )
            limiter: AsyncLimiter | None = self.rate_limiter
            if limiter is None and self.rate_limit:
                limiter = AsyncRateLimiter(*self.rate_limit)
            auth = self._auth()
            client = LogtoAsyncHTTPClient(
                base_url=self._base_url,
                timeout=self._timeout,
                transport=AsyncRetryTransport(
                    transport, policy=self.retry_policy, rate_limiter=limiter
                ),
                auth=auth,
                raise_on_error=self.raise_on_error,
                **args,
            )
            auth.http_client = client  # token requests share the connection pool
            self._async_client = client
        return self._async_client

    def get_httpx_client(self) -> httpx.Client:
        """The `LogtoHTTPClient` of this client, built on first use."""
        if self._client is None:
            transport, transport_args, args = self._split_httpx_args()
            if transport is None:
                transport = httpx.HTTPTransport(**transport_args)
            elif not isinstance(transport, httpx.BaseTransport):
                raise TypeError(
                    "httpx_args['transport'] is not an httpx.BaseTransport, so it cannot serve "
                    "the sync client"
                )
            limiter = RateLimiter(*self.rate_limit) if self.rate_limit else None
            auth = self._auth()
            client = LogtoHTTPClient(
                base_url=self._base_url,
                timeout=self._timeout,
                transport=RetryTransport(transport, policy=self.retry_policy, rate_limiter=limiter),
                auth=auth,
                raise_on_error=self.raise_on_error,
                **args,
            )
            auth.sync_http_client = client
            self._client = client
        return self._client


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
