"""The access token and where it is kept: `AccessToken` (one process), `SharedToken` and the
`TokenCache` protocol (many processes, e.g. `logto_management.redis.RedisTokenCache`).

Token values stay out of ``repr()`` and ``str()``, so logging these objects is safe.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol

__all__ = ["AccessToken", "SharedToken", "TokenCache"]


@dataclass(frozen=True)
class AccessToken:
    """An access token as issued by the token endpoint.

    ``value`` is left out of ``repr()`` and ``str()`` so that logging the object is safe.
    """

    value: str = field(repr=False)
    expires_in: float
    scope: str | None
    obtained_at: float
    """Reading of the `ClientCredentials` clock when the token request was sent."""


@dataclass(frozen=True)
class SharedToken:
    """An access token as a `TokenCache` hands it around, timed relative to "now".

    Processes cannot compare their monotonic clocks, so a shared token carries durations, not
    instants: the reader turns them into instants on its own clock.
    """

    value: str = field(repr=False)
    scope: str | None
    expires_in: float
    """Seconds from now until the token expires."""
    usable_for: float
    """Seconds from now during which it may still be handed out (``expires_in`` less leeway)."""


class TokenCache(Protocol):
    """Where `ClientCredentials` keeps its token besides its own memory, e.g. shared by a fleet.

    ``identity`` names the token (token endpoint, client id, resource and scope; never the
    secret). ``fetch`` asks the token endpoint for a new token; the cache calls it when it has
    no usable token, at most once per call. ``refused`` is a token the API answered 401 to:
    the cache drops it only if it still holds that very token (compare before delete).
    A cache that cannot reach its store calls ``fetch`` rather than fail.
    """

    async def get_or_fetch(
        self,
        identity: str,
        fetch: Callable[[], Awaitable[SharedToken]],
        *,
        refused: str | None = None,
    ) -> SharedToken: ...
