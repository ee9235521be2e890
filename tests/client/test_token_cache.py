"""`ClientCredentials(token_cache=...)`: the TokenCache protocol, without Redis."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
from _testing_support import double_credentials

from logto_management import ClientCredentials, ClientCredentialsError, SharedToken
from logto_management.testing import LogtoDouble


class DictCache:
    """A TokenCache shared by the "processes" of one test."""

    def __init__(self) -> None:
        self.entries: dict[str, SharedToken] = {}
        self.refused: list[str | None] = []

    async def get_or_fetch(
        self,
        identity: str,
        fetch: Callable[[], Awaitable[SharedToken]],
        *,
        refused: str | None = None,
    ) -> SharedToken:
        self.refused.append(refused)
        entry = self.entries.get(identity)
        if entry is not None and entry.value == refused:
            del self.entries[identity]  # compare before delete
            entry = None
        if entry is None:
            entry = self.entries[identity] = await fetch()
        return entry


def process(double: LogtoDouble, cache: DictCache, clock: Callable[[], float]) -> ClientCredentials:
    return double_credentials(double, token_cache=cache, clock=clock)


async def test_processes_share_the_cached_token_and_pass_on_a_refused_one() -> None:
    double = LogtoDouble(token_ttl=3600)
    cache = DictCache()
    now = [0.0]
    fleet = [process(double, cache, lambda: now[0]) for _ in range(3)]

    tokens = await asyncio.gather(*(p.get_token() for p in fleet for _ in range(4)))
    assert len(set(tokens)) == 1
    assert double.controls.tokens_issued == 1
    shared = next(iter(cache.entries.values()))
    assert 3539 < shared.usable_for <= 3540  # an hour less the 60 s leeway
    assert shared.expires_in - shared.usable_for == 60
    assert "value" not in repr(shared)
    assert shared.value not in repr(shared)

    fleet[0].invalidate(tokens[0])  # a 401
    renewed = await fleet[0].get_token()
    assert renewed != tokens[0]
    assert cache.refused[-1] == tokens[0]
    fleet[1].invalidate(tokens[0])  # a late 401 for the old token: the new one stays
    assert await fleet[1].get_token() == renewed
    assert double.controls.tokens_issued == 2

    # Each process keeps the token in memory until the cache's deadline, on its own clock.
    calls = len(cache.refused)
    now[0] += 3530
    await fleet[2].get_token()
    assert len(cache.refused) == calls
    now[0] += 20
    await fleet[2].get_token()
    assert len(cache.refused) == calls + 1


async def test_without_a_cache_nothing_changes() -> None:
    double = LogtoDouble()
    credentials = double_credentials(double)
    assert credentials.token_cache is None
    token = await credentials.get_token()
    credentials.invalidate(token)
    assert await credentials.get_token() != token
    assert double.controls.tokens_issued == 2


async def test_a_refused_token_is_passed_on_again_when_the_renewal_failed() -> None:
    double = LogtoDouble()
    cache = DictCache()
    credentials = process(double, cache, lambda: 0.0)
    token = await credentials.get_token()
    credentials.invalidate(token)
    double.controls.fail_next(where="token", status=503)
    with pytest.raises(ClientCredentialsError):
        await credentials.get_token()
    assert await credentials.get_token() != token
    assert cache.refused[-2:] == [token, token]
