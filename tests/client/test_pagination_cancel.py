"""Leaving an `async for` over paginate() cancels the prefetched page requests, no ceremony.

Against a loopback server that answers the first page and never answers the others (`Stall`):
it counts the requests whose connection the client closed. Before the fix, the tasks in flight
kept the Paginator alive, so after a `break` they stayed until they timed out.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from _resilience_support import FaultServer, Reply, Stall
from _traffic import TRAFFIC, exchanges

from logto_management import paginate
from logto_management_api import Client
from logto_management_api.api.users import list_users
from logto_management_api.models import User

pytestmark = [
    pytest.mark.skipif(not TRAFFIC.is_file(), reason="../shared is not on this machine"),
    pytest.mark.filterwarnings("error::ResourceWarning"),
]


def first_page(total: int) -> Reply:
    template = next(e for e in exchanges() if e["name"] == "users_page1")["response"]["body"][0]
    users = [{**template, "id": f"u{i}", "username": f"user{i}"} for i in range(100)]
    link = '<http://127.0.0.1/users?page={}&page_size=100>; rel="{}"'
    relations = [(1, "first"), (total // 100, "last")] + ([(2, "next")] if total > 100 else [])
    headers = [("Content-Type", "application/json; charset=utf-8"), ("Total-Number", str(total))]
    headers += [("Link", link.format(page, rel)) for page, rel in relations]
    return Reply(200, json.dumps(users).encode(), headers)


def fetch_tasks() -> set[asyncio.Task[Any]]:
    return {
        task
        for task in asyncio.all_tasks()
        if getattr(task.get_coro(), "__qualname__", "") == "_fetch"
    }


async def leave(mode: str, client: Client, server: FaultServer) -> User:
    async for user in paginate(list_users.asyncio_detailed, client=client, concurrency=8):
        # Pages 2..8 were requested at once (concurrency 8): wait until they reach the server.
        await server.wait_until(lambda: len(server.received) == 8)
        if mode == "break":
            break
        if mode == "return":
            return user
        raise LookupError("found")
    return user


@pytest.mark.parametrize("mode", ["break", "return", "raise"])
async def test_leaving_the_loop_cancels_the_requests_in_flight(mode: str) -> None:
    async with (
        FaultServer([first_page(total=800), Stall()]) as server,
        Client(base_url=server.url) as client,
    ):
        try:
            user = await leave(mode, client, server)
        except LookupError:
            assert mode == "raise"
        else:
            assert user.id == "u0"
        # The server sees the seven connections closed by the client, promptly, without any
        # `async with paginate(...)`.
        await server.wait_until(lambda: server.abandoned == 7)
        assert [r.path.split("?")[1] for r in server.received[:1]] == ["page=1&page_size=100"]
        assert len(server.received) == 8
        pending = fetch_tasks()
        if pending:
            await asyncio.wait(pending, timeout=5.0)  # a safety bound: they end at once
        assert all(task.cancelled() for task in pending)
        assert fetch_tasks() == set()


async def test_async_with_cancels_and_waits() -> None:
    async with (
        FaultServer([first_page(total=500), Stall()]) as server,
        Client(base_url=server.url) as client,
    ):
        async with paginate(list_users.asyncio_detailed, client=client, concurrency=4) as users:
            async for _user in users:
                await server.wait_until(lambda: len(server.received) == 4)
                break
        assert fetch_tasks() == set()  # cancelled and waited for by __aexit__
        await server.wait_until(lambda: server.abandoned == 3)


async def test_a_paginator_can_be_iterated_again() -> None:
    async with (
        FaultServer([first_page(total=100)]) as server,
        Client(base_url=server.url) as client,
    ):
        users = paginate(list_users.asyncio_detailed, client=client)
        first = [user.id async for user in users]
        second = [user.id async for user in users]
    assert first == second == [f"u{i}" for i in range(100)]
    assert len(server.received) == 2  # a new pass from page 1
