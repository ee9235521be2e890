"""`RedisTokenCache`: one Management API access token for every process of a fleet.

Every process with the same token endpoint, app, resource and scope reads the one token stored
in Redis. The entry expires (Redis ``PX``) when the writer would have renewed the token, so
renewal needs no clock shared between processes. When the entry is missing, one process renews:

1. ``SET lock NX PX lock_timeout`` (redis-py's ``Lock``): the winner asks Logto, stores the
   token and releases the lock (only if it still owns it). A holder that crashed or hangs
   blocks the others for at most ``lock_timeout``: then the lock expires and another takes it.
2. The others poll the entry (every 20 ms, growing to 250 ms) and take the token as soon as it
   is there, or the lock when it is free again.

A token the API refused (401) is deleted only if the entry still holds that very token (one Lua
compare-and-delete), so a late 401 never throws away a newer token. Keys are
``{namespace}:token:{sha256 of endpoint, app id, resource, scope}`` (never the secret);
nothing here logs a token.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import time
from collections.abc import Awaitable, Callable

from redis.asyncio import Redis
from redis.asyncio.lock import Lock
from redis.exceptions import LockError

from ._redis_outage import REDIS_FAILURES, RedisOutage
from ._tokens import SharedToken

__all__ = ["RedisTokenCache"]

_DELETE_IF_SAME = """
local entry = redis.call('GET', KEYS[1])
if entry and cjson.decode(entry)['token'] == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""

_FIRST_POLL = 0.02
_MAX_POLL = 0.25


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class RedisTokenCache:
    """A `TokenCache` in Redis: ``create_management_api(..., token_cache=RedisTokenCache(r))``.

    ``redis`` is a ``redis.asyncio.Redis`` client. ``namespace`` prefixes the keys (use one per
    service or environment). ``lock_timeout`` is the longest a renewal may hold the fleet's
    lock: keep it above the token request timeout (10 s by default).

    When Redis fails (an error, or no answer within ``redis_timeout`` seconds), each process
    fetches and keeps its own token, logs one warning, tries Redis again every ``retry_after``
    seconds and shares again from its next renewal on. A Redis failure never fails a call.
    ``clock`` and ``sleep`` are injectable for tests.
    """

    def __init__(
        self,
        redis: Redis,
        *,
        namespace: str = "logto-management",
        lock_timeout: float = 15.0,
        redis_timeout: float = 2.0,
        retry_after: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        if not isinstance(namespace, str) or not namespace:
            raise ValueError("namespace must be a non-empty string")
        if not (isinstance(lock_timeout, int | float) and math.isfinite(lock_timeout)):
            raise ValueError("lock_timeout must be a positive number of seconds")
        if not lock_timeout > 0:
            raise ValueError("lock_timeout must be a positive number of seconds")
        self.redis = redis
        self.namespace = namespace
        self.lock_timeout = float(lock_timeout)
        self._clock = clock
        self._sleep = sleep
        self._delete_if_same = redis.register_script(_DELETE_IF_SAME)
        self._outage = RedisOutage(
            "RedisTokenCache",
            fallback="each process fetches and keeps its own access token",
            timeout=redis_timeout,
            retry_after=retry_after,
            clock=clock,
        )

    def __repr__(self) -> str:
        return f"RedisTokenCache(namespace={self.namespace!r})"

    @property
    def using_fallback(self) -> bool:
        """Whether the last Redis call failed, so this process uses its own token."""
        return self._outage.down

    def keys(self, identity: str) -> tuple[str, str]:
        """The Redis keys of the token entry and of its renewal lock."""
        digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
        return f"{self.namespace}:token:{digest}", f"{self.namespace}:token-lock:{digest}"

    async def get_or_fetch(
        self,
        identity: str,
        fetch: Callable[[], Awaitable[SharedToken]],
        *,
        refused: str | None = None,
    ) -> SharedToken:
        """The shared token, or a new one (fetched by one process of the fleet)."""
        if not self._outage.should_try():
            return await fetch()
        fetched: list[SharedToken] = []  # set when our own fetch succeeded

        async def fetch_once() -> SharedToken:
            fetched.append(await fetch())
            return fetched[0]

        try:
            token = await self._shared(identity, fetch_once, refused)
        except REDIS_FAILURES as exc:
            self._outage.failed(exc)
            return fetched[0] if fetched else await fetch()
        self._outage.succeeded()
        return token

    async def _shared(
        self,
        identity: str,
        fetch: Callable[[], Awaitable[SharedToken]],
        refused: str | None,
    ) -> SharedToken:
        call = self._outage.call
        token_key, lock_key = self.keys(identity)
        if refused is not None:
            await call(self._delete_if_same(keys=[token_key], args=[refused]))
        # A failsafe beyond the lock's own expiry, should the lock be renewed by someone else.
        give_up_at = self._clock() + 2 * self.lock_timeout + 1.0
        poll = _FIRST_POLL
        while True:
            token = await self._read(token_key)
            if token is not None and token.value != refused:
                return token
            lock = Lock(self.redis, lock_key, timeout=self.lock_timeout, blocking=False)
            if await call(lock.acquire()):
                try:
                    token = await self._read(token_key)  # renewed while we were polling?
                    if token is not None and token.value != refused:
                        return token
                    token = await fetch()
                    await self._write(token_key, token)
                    return token
                finally:
                    await self._release(lock)
            if self._clock() >= give_up_at:
                return await fetch()
            await self._sleep(poll)
            poll = min(poll * 2, _MAX_POLL)

    async def _read(self, key: str) -> SharedToken | None:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.get(key)
            pipe.pttl(key)
            entry, pttl = await self._outage.call(pipe.execute())
        if entry is None or not isinstance(pttl, int) or pttl <= 0:
            return None
        try:
            data = json.loads(_text(entry))
            value, scope, gap = data["token"], data["scope"], float(data["gap"])
        except (ValueError, KeyError, TypeError):
            return None  # not ours, or an older format: renew it
        if not isinstance(value, str) or not value or not (scope is None or isinstance(scope, str)):
            return None
        usable_for = pttl / 1000
        return SharedToken(
            value=value, scope=scope, expires_in=usable_for + gap, usable_for=usable_for
        )

    async def _write(self, key: str, token: SharedToken) -> None:
        ttl_ms = math.floor(token.usable_for * 1000)
        if ttl_ms <= 0:
            return
        entry = json.dumps(
            {"token": token.value, "scope": token.scope, "gap": token.expires_in - token.usable_for}
        )
        await self._outage.call(self.redis.set(key, entry, px=ttl_ms))

    async def _release(self, lock: Lock) -> None:
        try:
            await self._outage.call(lock.release())
        except LockError:
            pass  # it expired meanwhile (and may be someone else's now): nothing to release
        except REDIS_FAILURES:
            pass  # it expires by itself after lock_timeout
