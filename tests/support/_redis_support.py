"""A real Redis server for the tests: started on a free loopback port, stopped afterwards.

Without a redis-server (``make test`` installs Debian's) the Redis tests skip, except under CI
(``CI=true``), where a missing server is a failure: CI must run them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from bench.redis_server import RedisServer, find_binary, free_port

__all__ = ["RedisServer", "free_port", "redis_server", "server_binary"]


def server_binary() -> str:
    """The path of redis-server / valkey-server; skips (fails under CI) without one."""
    path = find_binary()
    if path:
        return path
    reason = (
        "no redis-server or valkey-server on PATH: `make test` installs Debian's redis-server "
        "(needs root and apt-get); or install it yourself"
    )
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI must run the Redis tests, but {reason}", pytrace=False)
    pytest.skip(reason)


@contextmanager
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer(server_binary(), free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()
