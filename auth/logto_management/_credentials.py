"""Machine-to-machine access tokens from Logto's token endpoint (OAuth 2.0 client credentials).

`ClientCredentials` asks ``POST {base_url}/oidc/token`` for an access token to the Management
API, caches it until shortly before it expires and makes sure that however many callers need a
token at the same moment, exactly one token request goes out ("single flight").

Secrets stay out of sight: the client secret and access tokens never appear in ``repr()``,
``str()``, exception messages or log records.

Neighbours: the token types and the `TokenCache` protocol are in ``_tokens``, the reading of the
token endpoint's answer in ``_token_response``, the URL checks in ``_urls`` and
`ClientCredentialsError` in ``_errors``. Over 400 lines for one class: its async and sync flows
share one cache, one lock and one request builder, and read best side by side.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import quote_plus

import httpx

from ._errors import ClientCredentialsError, LogtoConnectionError, LogtoError
from ._headers import RESENDABLE_EXTENSION
from ._token_response import parse_token_response
from ._tokens import AccessToken, SharedToken, TokenCache
from ._urls import check_http_url

__all__ = ["ClientAuthMethod", "ClientCredentials"]

logger = logging.getLogger("logto_management")

ClientAuthMethod = Literal["basic", "post"]


@dataclass
class _SyncFlight:
    """The one token request that threads of the sync flow wait on together."""

    done: threading.Event = field(default_factory=threading.Event)
    token: AccessToken | None = None
    error: BaseException | None = None


def _require_text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string")
    return value


def _consume_exception(task: asyncio.Task[AccessToken]) -> None:
    # Every waiter may have been cancelled: mark the error as seen so that asyncio does not
    # log "Task exception was never retrieved" for a failure that nobody was waiting for.
    if not task.cancelled():
        task.exception()


class ClientCredentials:
    """Access tokens for the Logto Management API via the ``client_credentials`` grant.

    The token is fetched on first use and reused until ``expires_in`` minus ``leeway`` seconds
    after the token request was *sent* (measured on ``clock``, a monotonic clock). When the
    token lives no longer than twice the leeway, half its lifetime is used as leeway instead.

    However many callers need a token at the same moment, one token request is made and they
    all get its result or its error. The request runs as its own task: a caller cancelled
    while waiting does not cancel it for the others. After a failure the next call tries
    again. `get_token_sync` does the same for threads.

    Token requests go through ``http_client`` / ``sync_http_client`` (or the client passed
    per call) with ``auth=None``, their own ``timeout`` and without following redirects. Without
    either, `ClientCredentials` creates its own httpx client on first use; close it with
    `aclose` / `close` (or ``async with`` / ``with``).

    ``token_cache`` (e.g. `logto_management.redis.RedisTokenCache`) shares the token with other
    processes: the async flow then asks the cache before the token endpoint, and after a 401
    tells it which token was refused. The in-process cache stays in front of it, and the sync
    flow (`get_token_sync`) uses the in-process cache only.

    ``client_auth="basic"`` sends the app id and secret by HTTP Basic authentication, each
    form-urlencoded first (RFC 6749, section 2.3.1); ``"post"`` sends them as form fields.

    A token whose granted ``scope`` lacks a requested scope is logged, once per distinct
    granted scope, as a warning on the ``logto_management`` logger: Logto silently drops scopes
    an app has no role for, and every Management API call would then be refused with 403.
    """

    def __init__(
        self,
        *,
        token_endpoint: str,
        client_id: str,
        client_secret: str,
        resource: str,
        scope: str | None = "all",
        client_auth: ClientAuthMethod = "basic",
        leeway: float = 60.0,
        timeout: float = 10.0,
        allow_insecure_http: bool = False,
        http_client: httpx.AsyncClient | None = None,
        sync_http_client: httpx.Client | None = None,
        clock: Callable[[], float] = time.monotonic,
        token_cache: TokenCache | None = None,
    ) -> None:
        self._client_id = _require_text(client_id, "client_id")
        secret = _require_text(client_secret, "client_secret")
        self._resource = _require_text(resource, "resource")
        self._token_url = check_http_url(
            token_endpoint, what="token_endpoint", allow_insecure_http=allow_insecure_http
        )
        if client_auth not in ("basic", "post"):
            raise ValueError(f"client_auth must be 'basic' or 'post', got {client_auth!r}")
        if scope is not None and not isinstance(scope, str):
            raise ValueError("scope must be a string of space-separated scopes, or None")
        if not (isinstance(leeway, int | float) and math.isfinite(leeway) and leeway >= 0):
            raise ValueError("leeway must be a number of seconds >= 0")
        if not (isinstance(timeout, int | float) and math.isfinite(timeout) and timeout > 0):
            raise ValueError("timeout must be a number of seconds > 0")

        self._scope = scope.strip() if scope else None
        self._client_auth: ClientAuthMethod = client_auth
        self._leeway = float(leeway)
        self._timeout = float(timeout)
        self._allow_insecure_http = allow_insecure_http
        self._clock = clock
        self.http_client = http_client
        self.sync_http_client = sync_http_client
        self.token_cache = token_cache

        if client_auth == "basic":
            pair = f"{quote_plus(self._client_id)}:{quote_plus(secret)}"
            self._basic = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
            self._form_credentials: dict[str, str] = {}
        else:
            self._basic = ""
            self._form_credentials = {"client_id": self._client_id, "client_secret": secret}

        self._lock = threading.Lock()  # guards the fields below; never held across I/O
        self._cached: AccessToken | None = None
        self._refresh_at = -math.inf
        self._inflight: asyncio.Task[AccessToken] | None = None
        self._sync_flight: _SyncFlight | None = None
        self._refused: str | None = None  # last token the API refused, for token_cache
        self._warned_scopes: set[str] = set()
        self._owned_async: httpx.AsyncClient | None = None
        self._owned_sync: httpx.Client | None = None

    def __repr__(self) -> str:
        return (
            f"ClientCredentials(token_endpoint={str(self._token_url)!r}, "
            f"client_id={self._client_id!r}, resource={self._resource!r}, "
            f"scope={self._scope!r}, client_auth={self._client_auth!r})"
        )

    @property
    def token_endpoint(self) -> str:
        return str(self._token_url)

    @property
    def client_id(self) -> str:
        return self._client_id

    @property
    def resource(self) -> str:
        return self._resource

    @property
    def scope(self) -> str | None:
        return self._scope

    @property
    def allow_insecure_http(self) -> bool:
        return self._allow_insecure_http

    @property
    def cache_identity(self) -> str:
        """What a `TokenCache` shares a token under: endpoint, app, resource, scope; no secret."""
        return "\n".join((str(self._token_url), self._client_id, self._resource, self._scope or ""))

    # ----------------------------------------------------------------- cache

    def _fresh_locked(self) -> AccessToken | None:
        cached = self._cached
        if cached is not None and self._clock() < self._refresh_at:
            return cached
        return None

    def _store(self, token: AccessToken) -> None:
        leeway = min(self._leeway, token.expires_in / 2)
        with self._lock:
            self._cached = token
            self._refresh_at = token.obtained_at + token.expires_in - leeway

    def invalidate(self, token: str) -> None:
        """Drop the cached token, but only if it is still ``token``.

        Called after the API answered 401 to ``token``. A late 401 for an older token leaves a
        newer one in place.
        """
        with self._lock:
            if self._cached is not None and self._cached.value == token:
                self._cached = None
                self._refresh_at = -math.inf
                if self.token_cache is not None:
                    self._refused = token  # the next shared fetch passes it on

    # ----------------------------------------------------------------- async

    async def get_token(self, *, http_client: httpx.AsyncClient | None = None) -> str:
        """A valid access token (the cached one, or a new one).

        ``http_client`` overrides, for this call, the client the token request is sent with.
        Raises `ClientCredentialsError` when no token can be obtained.
        """
        return (await self.get_access_token(http_client=http_client)).value

    async def get_access_token(
        self, *, http_client: httpx.AsyncClient | None = None
    ) -> AccessToken:
        """Like `get_token`, returning the `AccessToken` with its lifetime and scope."""
        loop = asyncio.get_running_loop()
        with self._lock:
            fresh = self._fresh_locked()
            if fresh is not None:
                return fresh
            task = self._inflight
            if task is None or task.done() or task.get_loop() is not loop:
                task = loop.create_task(
                    self._fetch_async(http_client), name="logto-management token request"
                )
                task.add_done_callback(_consume_exception)
                self._inflight = task
        # shield: cancelling this waiter must not cancel the request the others wait for.
        return await asyncio.shield(task)

    async def _fetch_async(self, http_client: httpx.AsyncClient | None) -> AccessToken:
        try:
            cache = self.token_cache
            if cache is None:
                return await self._request_async(http_client)
            with self._lock:
                refused, self._refused = self._refused, None
            try:
                shared = await cache.get_or_fetch(
                    self.cache_identity,
                    functools.partial(self._request_shared, http_client),
                    refused=refused,
                )
            except BaseException:
                with self._lock:  # not passed on yet: the next try does
                    if self._refused is None:
                        self._refused = refused
                raise
            return self._adopt(shared)
        finally:
            # A done task is replaced anyway (see get_access_token); dropping it here as well
            # lets go of a failed request's exception and traceback early.
            with self._lock:
                if self._inflight is asyncio.current_task():
                    self._inflight = None

    async def _request_async(self, http_client: httpx.AsyncClient | None) -> AccessToken:
        client = self._pick_async_client(http_client)
        request = self._build_request(client)
        sent_at = self._clock()
        try:
            response = await client.send(request, auth=None, follow_redirects=False)
        except httpx.HTTPError as exc:
            raise self._transport_error(exc, request) from exc
        return self._accept(response, sent_at)

    async def _request_shared(self, http_client: httpx.AsyncClient | None) -> SharedToken:
        """A new token from the token endpoint (cached here too), timed for a `TokenCache`."""
        token = await self._request_async(http_client)
        expires_at = token.obtained_at + token.expires_in
        now = self._clock()
        usable_until = expires_at - min(self._leeway, token.expires_in / 2)
        return SharedToken(
            value=token.value,
            scope=token.scope,
            expires_in=expires_at - now,
            usable_for=usable_until - now,
        )

    def _adopt(self, shared: SharedToken) -> AccessToken:
        """Cache a token from the `TokenCache` in process until the cache would drop it."""
        now = self._clock()
        token = AccessToken(
            value=shared.value, expires_in=shared.expires_in, scope=shared.scope, obtained_at=now
        )
        with self._lock:
            if self._cached is None or self._cached.value != token.value:
                self._cached = token  # else keep the one `_accept` stored, with its real timing
            token = self._cached
            self._refresh_at = now + shared.usable_for
        self._check_scope(token.scope)
        return token

    def _pick_async_client(self, http_client: httpx.AsyncClient | None) -> httpx.AsyncClient:
        if http_client is not None:
            return http_client
        if self.http_client is not None:
            return self.http_client
        if self._owned_async is None or self._owned_async.is_closed:
            self._owned_async = httpx.AsyncClient(follow_redirects=False)
        return self._owned_async

    async def aclose(self) -> None:
        """Close the httpx clients this object created itself (never the ones passed in)."""
        if self._owned_async is not None:
            await self._owned_async.aclose()
        self.close()

    async def __aenter__(self) -> ClientCredentials:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ sync

    def get_token_sync(self, *, http_client: httpx.Client | None = None) -> str:
        """`get_token` for synchronous code; thread-safe, one token request for all threads."""
        return self.get_access_token_sync(http_client=http_client).value

    def get_access_token_sync(self, *, http_client: httpx.Client | None = None) -> AccessToken:
        """Like `get_token_sync`, returning the `AccessToken`."""
        with self._lock:
            fresh = self._fresh_locked()
            if fresh is not None:
                return fresh
            flight = self._sync_flight
            leader = flight is None
            if flight is None:
                flight = self._sync_flight = _SyncFlight()
        if not leader:
            # The leader always sets `done` (finally below); its request has a timeout.
            flight.done.wait()
            if flight.error is not None:
                raise flight.error
            assert flight.token is not None
            return flight.token
        try:
            flight.token = self._fetch_sync(http_client)
            return flight.token
        except BaseException as exc:
            flight.error = exc
            raise
        finally:
            with self._lock:
                self._sync_flight = None
            flight.done.set()

    def _fetch_sync(self, http_client: httpx.Client | None) -> AccessToken:
        client = self._pick_sync_client(http_client)
        request = self._build_request(client)
        sent_at = self._clock()
        try:
            response = client.send(request, auth=None, follow_redirects=False)
        except httpx.HTTPError as exc:
            raise self._transport_error(exc, request) from exc
        return self._accept(response, sent_at)

    def _pick_sync_client(self, http_client: httpx.Client | None) -> httpx.Client:
        if http_client is not None:
            return http_client
        if self.sync_http_client is not None:
            return self.sync_http_client
        if self._owned_sync is None or self._owned_sync.is_closed:
            self._owned_sync = httpx.Client(follow_redirects=False)
        return self._owned_sync

    def close(self) -> None:
        """Close the sync httpx client this object created itself, if any."""
        if self._owned_sync is not None:
            self._owned_sync.close()

    def __enter__(self) -> ClientCredentials:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------- request/response

    def _build_request(self, client: httpx.AsyncClient | httpx.Client) -> httpx.Request:
        form = {"grant_type": "client_credentials", "resource": self._resource}
        if self._scope:
            form["scope"] = self._scope
        form.update(self._form_credentials)
        headers = {"Accept": "application/json"}
        if self._basic:
            headers["Authorization"] = self._basic
        # Resendable: the retry transport retries it like an API call (429 and 503 honouring
        # Retry-After, read errors...) although it is a POST: a second token request is harmless.
        return client.build_request(
            "POST",
            self._token_url,
            data=form,
            headers=headers,
            timeout=self._timeout,
            extensions={RESENDABLE_EXTENSION: True},
        )

    def _transport_error(self, exc: httpx.HTTPError, request: httpx.Request) -> LogtoError:
        if isinstance(exc, httpx.TransportError):
            return LogtoConnectionError.from_transport_error(exc, request)
        kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "failed"
        detail = str(exc) or type(exc).__name__
        return ClientCredentialsError(
            f"token request to {self._token_url} {kind}: {type(exc).__name__}: {detail}"
        )

    def _accept(self, response: httpx.Response, sent_at: float) -> AccessToken:
        """Turn the token response into an `AccessToken` (cached) or raise."""
        token = parse_token_response(response, sent_at=sent_at, token_url=self._token_url)
        self._store(token)
        self._check_scope(token.scope)
        return token

    def _check_scope(self, granted: str | None) -> None:
        """Warn (once per distinct granted scope) when a requested scope was not granted.

        Logto leaves ``scope`` out of the answer when it grants none, so a missing ``scope``
        counts as an empty one.
        """
        if not self._scope:
            return
        have = set((granted or "").split())
        missing = [s for s in self._scope.split() if s not in have]
        key = granted or ""
        if not missing:
            return
        with self._lock:
            if key in self._warned_scopes:
                return
            self._warned_scopes.add(key)
        logger.warning(
            "Logto issued an access token for %s with scope %r, without the requested %s. "
            "Management API calls will be refused (403) until you assign the app %s a role "
            "with the Management API `all` permission (Logto Console > Applications > "
            "the app > Roles, or Roles > a machine-to-machine role with the permission).",
            self._resource,
            granted or "",
            " ".join(repr(s) for s in missing),
            self._client_id,
        )
