"""paginate() with sync_detailed operations, misuse of asyncio/sync, and iterating again."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _traffic import TRAFFIC
from test_pagination import Collection, fake_users, logto_page, query

from logto_management import LogtoApiError, paginate
from logto_management._sync_pagination import SyncPaginator
from logto_management_api import Client
from logto_management_api.api.roles import list_role_users
from logto_management_api.api.users import list_users

pytestmark = pytest.mark.skipif(not TRAFFIC.is_file(), reason="../shared is not on this machine")


class SyncCollection:
    """A paged collection for the sync client; records every page request."""

    def __init__(self, items: list[dict[str, Any]]) -> None:
        self.items = items
        self.requests: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = query(request)
        self.requests.append(params)
        return logto_page(self.items, int(params["page"]), int(params["page_size"]))


def sync_client(handler: SyncCollection) -> Client:
    transport = httpx.MockTransport(handler)
    return Client(base_url="https://logto.test", httpx_args={"transport": transport})


def test_sync_detailed_pages_through_every_item() -> None:
    users = SyncCollection(fake_users(250))
    paginator = paginate(list_users.sync_detailed, client=sync_client(users), page_size=100)
    assert isinstance(paginator, SyncPaginator)
    assert [u.username for u in paginator] == [f"user{i}" for i in range(250)]
    assert [r["page"] for r in users.requests] == ["1", "2", "3"]


def test_sync_pages_pass_path_parameters_and_filters() -> None:
    members = SyncCollection(fake_users(3))
    pages = list(
        paginate(
            list_role_users.sync_detailed, "r1", client=sync_client(members), page_size=2
        ).pages()
    )
    assert [len(p.items) for p in pages] == [2, 1]
    assert pages[0].total == 3


def test_sync_error_names_the_page() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if query(request)["page"] == "2":
            return httpx.Response(500, json={"code": "oops", "message": "boom"})
        return logto_page(fake_users(4), int(query(request)["page"]), 2)

    client = Client(
        base_url="https://logto.test", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    with pytest.raises(LogtoApiError) as caught:
        list(paginate(list_users.sync_detailed, client=client, page_size=2))
    assert caught.value.page == 2


@pytest.mark.parametrize(
    ("operation", "hint"),
    [
        (list_users.asyncio, "list_users.asyncio_detailed"),
        (list_users.sync, "list_users.sync_detailed"),
    ],
)
def test_asyncio_and_sync_are_refused_with_the_name_to_pass(operation: Any, hint: str) -> None:
    client = sync_client(SyncCollection([]))
    with pytest.raises(TypeError, match="_detailed") as caught:
        paginate(operation, client=client)
    assert hint in str(caught.value)


def test_concurrency_needs_the_async_form() -> None:
    with pytest.raises(ValueError, match="asyncio_detailed"):
        paginate(list_users.sync_detailed, client=sync_client(SyncCollection([])), concurrency=2)


def test_a_sync_paginator_iterated_again_makes_a_new_pass() -> None:
    users = SyncCollection(fake_users(3))
    paginator = paginate(list_users.sync_detailed, client=sync_client(users), page_size=2)
    assert len(list(paginator)) == 3
    assert len(list(paginator)) == 3
    assert [r["page"] for r in users.requests] == ["1", "2", "1", "2"]


def test_a_sync_loop_left_with_break_continues_until_closed() -> None:
    users = SyncCollection(fake_users(3))
    paginator = paginate(list_users.sync_detailed, client=sync_client(users), page_size=2)
    for _user in paginator:
        break
    assert len(list(paginator)) == 2  # the rest of the pass
    for _user in paginator:
        break
    paginator.close()
    assert len(list(paginator)) == 3  # closed: a new pass


async def test_an_async_paginator_iterated_again_makes_a_new_pass() -> None:
    users = Collection(fake_users(3))
    client = Client(
        base_url="https://logto.test", httpx_args={"transport": httpx.MockTransport(users)}
    )
    paginator = paginate(list_users.asyncio_detailed, client=client, page_size=2)
    first = [u.id async for u in paginator]
    second = [u.id async for u in paginator]
    assert first == second
    assert len(first) == 3
    assert [r["page"] for r in users.requests] == ["1", "2", "1", "2"]
    async for _user in paginator:
        break
    await paginator.aclose()
    assert len([u async for u in paginator]) == 3
