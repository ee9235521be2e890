"""`create_management_api` and `create_management_api_from_env`: a `ManagementApiClient` from
arguments or from ``LOGTO_*`` environment variables.

Part of the face (with ``_client`` and ``__init__``): it checks the arguments, builds the
`ClientCredentials` and the `RetryPolicy`, and hands them to the client.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._client import ManagementApiClient
from ._credentials import ClientAuthMethod, ClientCredentials
from ._managed_client import check_timeout
from ._ratelimit import AsyncLimiter, AsyncRateLimiter
from ._runtime import CLIENT_ARGS, TRANSPORT_ARGS
from ._tokens import TokenCache
from ._transports.aiohttp import HttpBackend, require_aiohttp
from ._transports.retry import RetryPolicy
from ._urls import server_url, tenant_label

__all__ = ["create_management_api", "create_management_api_from_env"]

_ALLOWED_HTTPX_ARGS = TRANSPORT_ARGS | CLIENT_ARGS | {"transport", "follow_redirects"}


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
    tenant = tenant_label(tenant_id)
    if base_url is None:
        server = f"https://{tenant}.logto.app"
    else:
        server = server_url(base_url, allow_insecure_http=allow_insecure_http)
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
        timeout=check_timeout(timeout, "timeout"),
        httpx_args=args,
        credentials=credentials,
        retry_policy=policy,
        rate_limit=rate_limit,
        rate_limiter=rate_limiter,
        raise_on_error=raise_on_error,
        allow_insecure_http=allow_insecure_http,
        http_backend=http_backend,
    )


def create_management_api_from_env(
    environ: Mapping[str, str] | None = None, **kwargs: Any
) -> ManagementApiClient:
    """A client configured by environment variables (``environ``, default ``os.environ``).

    ============================ ===========================================================
    ``LOGTO_ENDPOINT``           your Logto: ``https://<tenant>.logto.app`` (Logto Cloud) or
                                 your server (Logto OSS, e.g. ``https://auth.example.com``)
    ``LOGTO_APP_ID``             the machine-to-machine app's id
    ``LOGTO_APP_SECRET``         its secret
    ``LOGTO_TENANT``             optional: the tenant id (Cloud: instead of LOGTO_ENDPOINT;
                                 OSS: ``default``)
    ``LOGTO_API_INDICATOR``      optional: the Management API resource indicator (alias
                                 ``LOGTO_RESOURCE``); Logto OSS uses
                                 ``https://default.logto.app/api``, the default off Cloud
    ============================ ===========================================================

    Keyword arguments go to `create_management_api` and win over the environment
    (``create_management_api_from_env(timeout=30, allow_insecure_http=True)``).

    Raises:
        ValueError: naming the variables that are missing.
    """
    env = os.environ if environ is None else environ

    def get(name: str) -> str:
        return env.get(name, "").strip()

    endpoint, tenant = get("LOGTO_ENDPOINT"), get("LOGTO_TENANT")
    resource = get("LOGTO_API_INDICATOR") or get("LOGTO_RESOURCE")
    missing = [name for name in ("LOGTO_APP_ID", "LOGTO_APP_SECRET") if not get(name)]
    if not endpoint and not tenant:
        missing.insert(0, "LOGTO_ENDPOINT (or LOGTO_TENANT for Logto Cloud)")
    if missing:
        raise ValueError(f"create_management_api_from_env: set {', '.join(missing)}")

    options: dict[str, Any] = {
        "client_id": get("LOGTO_APP_ID"),
        "client_secret": get("LOGTO_APP_SECRET"),
    }
    host = (urlsplit(endpoint).hostname or "") if endpoint else ""
    if endpoint and host.endswith(".logto.app") and not resource:
        options["tenant_id"] = tenant or host.split(".", 1)[0]  # Cloud: its own URLs
    elif endpoint:
        options.update(tenant_id=tenant or "default", base_url=endpoint)
    else:
        options["tenant_id"] = tenant
    if resource:
        options["api_indicator"] = resource
    return create_management_api(**{**options, **kwargs})
