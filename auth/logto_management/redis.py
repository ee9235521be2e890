"""Many replicas, one tenant: a token and a rate budget shared through Redis.

``pip install "logto-management[redis]"``, then in every replica::

    from redis.asyncio import Redis
    from logto_management.redis import RedisRateLimiter, RedisTokenCache

    redis = Redis.from_url("redis://redis:6379/0")
    client = create_management_api(
        "my-tenant", client_id=..., client_secret=...,
        token_cache=RedisTokenCache(redis, namespace="my-tenant"),
        rate_limiter=RedisRateLimiter(redis, max_requests=200, per_seconds=10,
                                      namespace="my-tenant"),
    )

When Redis fails, each process falls back to its own token and its own share of the budget,
logs one warning and shares again when Redis answers; a Redis outage never fails an API call.
"""

from __future__ import annotations

try:
    import redis.asyncio  # noqa: F401  # only to give a clear message when the extra is missing
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        'logto_management.redis needs the redis package: pip install "logto-management[redis]"'
    ) from exc

from ._redis_ratelimit import RedisRateLimiter
from ._redis_tokens import RedisTokenCache

__all__ = ["RedisRateLimiter", "RedisTokenCache"]
