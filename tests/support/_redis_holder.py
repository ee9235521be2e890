"""A fleet member that renews the shared token and is killed while it does (test helper).

``python -m tests.support._redis_holder`` reads LOGTO_ENDPOINT, LOGTO_APP_ID, LOGTO_APP_SECRET,
LOGTO_API_INDICATOR, REDIS_URL, NAMESPACE and LOCK_TIMEOUT from the environment and asks for a
token through a `RedisTokenCache`. The test makes the token endpoint hang, so this process holds
the fleet's renewal lock until the test kills it with SIGKILL.
"""

from __future__ import annotations

import asyncio
import os

from redis.asyncio import Redis

from logto_management import ClientCredentials
from logto_management.redis import RedisTokenCache


async def main() -> None:
    env = os.environ
    redis = Redis.from_url(env["REDIS_URL"])
    cache = RedisTokenCache(
        redis, namespace=env["NAMESPACE"], lock_timeout=float(env["LOCK_TIMEOUT"])
    )
    credentials = ClientCredentials(
        token_endpoint=env["LOGTO_ENDPOINT"] + "/oidc/token",
        client_id=env["LOGTO_APP_ID"],
        client_secret=env["LOGTO_APP_SECRET"],
        resource=env["LOGTO_API_INDICATOR"],
        timeout=300.0,  # it is killed long before
        token_cache=cache,
    )
    await credentials.get_token()


if __name__ == "__main__":
    asyncio.run(main())
