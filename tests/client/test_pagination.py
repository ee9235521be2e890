"""paginate() against Logto's real pagination headers, replayed and synthesized."""

from __future__ import annotations

import asyncio
import inspect
import json
import pkgutil
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from _traffic import TRAFFIC, exchanges, recorded_response

import logto_management_api.api as api
from logto_management import LogtoApiError, paginate
from logto_management_api import Client
from logto_management_api.api.roles import list_role_users
from logto_management_api.api.users import list_users
from logto_management_api.models import SearchParams, User

pytestmark = pytest.mark.skipif(not TRAFFIC.is_file(), reason="../shared is not on this machine")
Handler = Callable[[httpx.Request], Coroutine[Any, Any, httpx.Response]]


def recorded() -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in exchanges()}


def client_for(handler: Handler) -> Client:
    return Client(
        base_url="https://logto.test", httpx_args={"transport": httpx.MockTransport(handler)}
    )


def query(request: httpx.Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.url.query.decode()).items()}


def logto_page(
    items: list[dict[str, Any]], page: int, page_size: int, *, capped: bool = False
) -> httpx.Response:
    """An answer in Logto's exact format: Total-Number and one Link line per relation."""
    total = len(items)
    last = max(1, -(-total // page_size))
    chunk = items[(page - 1) * page_size : page * page_size]
    url = "http://localhost:3001/users?page={}&page_size=" + str(page_size)
    headers = [("Content-Type", "application/json; charset=utf-8")]
    headers.append(("Total-Number", str(total)))
    headers.append(("Link", f'<{url.format(1)}>; rel="first"'))
    if page > 1:
        headers.append(("Link", f'<{url.format(page - 1)}>; rel="prev"'))
    if capped:
        headers.append(("Total-Number-Is-Capped", "true"))
    else:
        headers.append(("Link", f'<{url.format(last)}>; rel="last"'))
        if page < last:
            headers.append(("Link", f'<{url.format(page + 1)}>; rel="next"'))
    return httpx.Response(200, headers=headers, content=json.dumps(chunk).encode())


def fake_users(n: int) -> list[dict[str, Any]]:
    template = recorded()["users_page1"]["response"]["body"][0]
    return [{**template, "id": f"u{i:05d}", "username": f"user{i}"} for i in range(n)]


class Collection:
    """A paged collection served like Logto; records every page request."""

    def __init__(self, items: list[dict[str, Any]], *, capped: bool = False) -> None:
        self.items = items
        self.capped = capped
        self.requests: list[dict[str, str]] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        params = query(request)
        self.requests.append(params)
        page, size = int(params.get("page", "1")), int(params.get("page_size", "20"))
        return logto_page(self.items, page, size, capped=self.capped)


async def collect(iterator: Any) -> list[Any]:
    return [item async for item in iterator]


async def test_replays_the_recorded_pages_in_order() -> None:
    exchanges = recorded()
    by_page = {
        "1": exchanges["users_page1"],
        "2": exchanges["users_page2"],
        "4": exchanges["users_last_page"],
    }
    everyone = exchanges["users_default_paging"]["response"]["body"]
    pages_asked: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        params = query(request)
        assert request.url.path == "/api/users"
        assert params["page_size"] == "3"
        pages_asked.append(params["page"])
        if params["page"] == "3":  # not recorded: the same format, users 7..9 of the full list
            return logto_page(everyone, 3, 3)
        return recorded_response(by_page[params["page"]])

    users = await collect(
        paginate(list_users.asyncio_detailed, client=client_for(handler), page_size=3)
    )
    assert pages_asked == ["1", "2", "3", "4"]
    assert [u.id for u in users] == [u["id"] for u in everyone]
    assert all(isinstance(u, User) for u in users)


async def test_page_view_carries_number_total_and_next() -> None:
    collection = Collection(fake_users(7))
    pages = [
        p
        async for p in paginate(
            list_users.asyncio_detailed, client=client_for(collection), page_size=3
        ).pages()
    ]
    assert [(p.number, len(p.items), p.total, p.has_next) for p in pages] == [
        (1, 3, 7, True), (2, 3, 7, True), (3, 1, 7, False)
    ]  # fmt: skip
    assert not any(p.total_is_capped for p in pages)


async def test_parameters_are_passed_unchanged_on_every_page() -> None:
    collection = Collection(fake_users(5))
    search = SearchParams.from_dict({"search.username": "user%", "mode.username": "like"})
    client = client_for(collection)
    users = await collect(
        paginate(list_users.asyncio_detailed, client=client, page_size=2, search_params=search)
    )
    assert len(users) == 5
    assert len(collection.requests) == 3
    for number, params in enumerate(collection.requests, start=1):
        assert params == {
            "page": str(number), "page_size": "2",
            "search.username": "user%", "mode.username": "like",
        }  # fmt: skip


async def test_capped_total_asks_until_an_empty_page() -> None:
    collection = Collection(fake_users(7), capped=True)
    paginator = paginate(list_users.asyncio_detailed, client=client_for(collection), page_size=3)
    pages = [p async for p in paginator.pages()]
    assert [len(p.items) for p in pages] == [3, 3, 1]
    assert all(p.total_is_capped for p in pages)
    assert [r["page"] for r in collection.requests] == ["1", "2", "3", "4"]


async def test_an_empty_first_page_ends_at_once() -> None:
    collection = Collection([])
    assert await collect(paginate(list_users.asyncio_detailed, client=client_for(collection))) == []
    assert len(collection.requests) == 1


async def test_answer_without_pagination_headers_is_one_page() -> None:
    """An unpaginated answer (no Total-Number) must not be asked for again and again."""
    calls = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(200, json=fake_users(2))

    users = await collect(paginate(list_users.asyncio_detailed, client=client_for(handler)))
    assert (len(users), calls) == (2, 1)


@pytest.mark.parametrize("size", [0, 101, -5])
def test_page_size_outside_logtos_limit_fails_before_any_request(size: int) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request expected")

    client = Client(
        base_url="https://logto.test", httpx_args={"transport": httpx.MockTransport(refuse)}
    )
    with pytest.raises(ValueError, match="between 1 and 100"):
        paginate(list_users.asyncio_detailed, client=client, page_size=size)


async def test_a_failed_page_raises_the_api_error_naming_the_page() -> None:
    bad = recorded()["users_page_size_too_big"]
    collection = Collection(fake_users(5))

    async def handler(request: httpx.Request) -> httpx.Response:
        if query(request)["page"] == "2":
            return recorded_response(bad)
        return await collection(request)

    with pytest.raises(LogtoApiError) as caught:
        await collect(
            paginate(list_users.asyncio_detailed, client=client_for(handler), page_size=2)
        )
    assert caught.value.status == 400
    assert caught.value.code == "guard.invalid_pagination"
    assert caught.value.page == 2
    assert "page 2" in str(caught.value)


async def test_concurrency_keeps_order_and_bounds_requests_in_flight() -> None:
    """Pages 4, 3, 2 are answered in that order; items still come out in order, and never more
    than N requests are in flight."""
    users = fake_users(25)
    in_flight = peak = 0
    release = {page: asyncio.Event() for page in range(2, 6)}
    done = {page: asyncio.Event() for page in range(2, 6)}
    three_in_flight = asyncio.Event()
    release[5].set()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        page = int(query(request)["page"])
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight == 3:
            three_in_flight.set()
        if page > 1:
            await release[page].wait()
            done[page].set()
        in_flight -= 1
        return logto_page(users, page, 5)

    async def answer_backwards() -> None:
        await three_in_flight.wait()
        for page in (4, 3):
            release[page].set()
            await done[page].wait()
        release[2].set()

    releaser = asyncio.create_task(answer_backwards())
    paginator = paginate(
        list_users.asyncio_detailed, client=client_for(handler), page_size=5, concurrency=3
    )
    got = await collect(paginator)
    await releaser
    assert [u.id for u in got] == [u["id"] for u in users]
    assert peak == 3


async def test_concurrent_paging_reads_the_link_lines_of_the_first_and_last_page_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The plan comes from the first page's total, so the pages between are not asked whether a
    next one follows (parsing their Link lines would only cost CPU); each page still answers
    ``has_next`` correctly when asked."""
    from logto_management import _pages

    read: list[int] = []
    real = _pages.has_next_link

    def counting(response: Any) -> bool:
        read.append(len(response.parsed))
        return real(response)

    monkeypatch.setattr(_pages, "has_next_link", counting)
    collection = Collection(fake_users(23))
    pages = [
        p
        async for p in paginate(
            list_users.asyncio_detailed, client=client_for(collection), page_size=5, concurrency=3
        ).pages()
    ]
    assert [len(p.items) for p in pages] == [5, 5, 5, 5, 3]
    assert read == [5, 3]  # page 1 (is there more?) and page 5 (anything past the plan?)
    assert [p.has_next for p in pages] == [True, True, True, True, False]


async def test_breaking_out_cancels_requests_in_flight_and_leaves_no_task() -> None:
    users = fake_users(50)
    started: list[int] = []
    cancelled: list[int] = []
    three_waiting = asyncio.Event()
    never = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        page = int(query(request)["page"])
        started.append(page)
        if page > 1:
            if len(started) == 4:
                three_waiting.set()
            try:
                await never.wait()
            except asyncio.CancelledError:
                cancelled.append(page)
                raise
        return logto_page(users, page, 5)

    before = asyncio.all_tasks()
    paginator = paginate(
        list_users.asyncio_detailed, client=client_for(handler), page_size=5, concurrency=4
    )
    async with paginator as items:
        async for user in items:
            assert user.id == "u00000"
            await three_waiting.wait()  # pages 2..4 are in flight while page 1 is consumed
            break
    assert asyncio.all_tasks() == before
    assert sorted(started) == [1, 2, 3, 4]
    assert sorted(cancelled) == [2, 3, 4]


async def test_path_parameters_are_passed_positionally() -> None:
    collection = Collection(fake_users(3))
    seen: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return await collection(request)

    users = await collect(
        paginate(list_role_users.asyncio_detailed, "role-1", client=client_for(handler))
    )
    assert len(users) == 3
    assert seen == ["/api/roles/role-1/users"]


def paginated_operations() -> list[tuple[str, Any]]:
    """Generated operations that take page and page_size and return a list."""
    found = []
    for info in pkgutil.walk_packages(api.__path__, "logto_management_api.api."):
        module = __import__(info.name, fromlist=["_"])
        function = getattr(module, "asyncio_detailed", None)
        if function is None:
            continue
        signature = inspect.signature(function)
        returns_list = "Response[list[" in str(signature.return_annotation)
        if returns_list and {"page", "page_size"} <= set(signature.parameters):
            found.append((info.name.rsplit(".", 1)[-1], function))
    return found


async def test_every_paginated_list_operation_is_accepted() -> None:
    operations = paginated_operations()
    assert len(operations) >= 25
    for name, operation in operations:
        collection = Collection([])
        positional = [
            p for p in inspect.signature(operation).parameters.values()
            if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        ]  # fmt: skip
        args = [f"id{i}" for i in range(len(positional))]
        pages = [
            p
            async for p in paginate(
                operation, *args, client=client_for(collection), page_size=7
            ).pages()
        ]
        assert len(pages) == 1, name
        assert collection.requests == [{"page": "1", "page_size": "7"}], name
