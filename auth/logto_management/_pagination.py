"""The async `Paginator`: every page of a list operation, in order, optionally several at a time.

Logto paginates with ``page`` (from 1) and ``page_size`` (1..100). Answers carry ``Total-Number``
and ``Link`` header lines (``first``, ``prev``, ``next``, ``last``) whose URLs lack the ``/api``
prefix, so they cannot be followed as they are: the next page is requested by number with the
same parameters instead. When Logto caps the count (``Total-Number-Is-Capped: true``) there is no
``next``, and pages are requested until one comes back empty.

A page that fails raises its error (`LogtoApiError`, `LogtoConnectionError`) with ``page`` set to
its number, and ``paginator.pages(start=error.page)`` (or ``items(start=...)``) resumes there.

Offset pagination over a collection that changes while it is being read may skip or repeat items:
an item created or deleted before the current offset shifts every later item by one position.
Iterate over a stable filter (e.g. a creation-time window), or de-duplicate by id, when that
matters.

Its twin is `SyncPaginator` (``_sync_pagination``); what they share is in ``_pages``;
``paginate`` (``_paginate``) picks one.
"""

from __future__ import annotations

import asyncio
import math
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._base_client import BaseClient
from ._errors import LogtoApiError, LogtoConnectionError
from ._pages import DetailedResponse, Page, check_arguments, check_start, page_from, page_number

__all__ = ["ListOperation", "Paginator"]

T = TypeVar("T")
ListOperation = Callable[..., Awaitable[DetailedResponse[list[T]]]]


@dataclass(frozen=True)
class _Query(Generic[T]):
    """What a pass over the pages asks for; holds no reference to any iterator."""

    operation: ListOperation[T]
    args: tuple[Any, ...]
    client: BaseClient
    page_size: int
    concurrency: int
    params: dict[str, Any]


async def _fetch(query: _Query[T], number: int) -> Page[T]:
    try:
        response = await query.operation(
            *query.args,
            client=query.client,
            page=number,
            page_size=query.page_size,
            **query.params,
        )
    except (LogtoApiError, LogtoConnectionError) as error:
        error.page = number
        raise
    return page_from(response, number)


class _Pass(Generic[T]):
    """The page requests in flight of one pass. Neither it nor its tasks refer to the async
    generator that iterates, so a pass left by ``break`` is dropped at once (not at the next
    garbage collection), and the event loop closes its generator, which cancels the tasks."""

    def __init__(self, query: _Query[T]) -> None:
        self.query = query
        self.in_flight: deque[asyncio.Task[Page[T]]] = deque()
        self.next_planned = self.last_planned = 0

    def fill(self, limit: int) -> None:
        """Request planned pages until ``limit`` are in flight."""
        while self.next_planned <= self.last_planned and len(self.in_flight) < limit:
            task = asyncio.ensure_future(_fetch(self.query, self.next_planned))
            self.in_flight.append(task)
            self.next_planned += 1

    def cancel(self) -> list[asyncio.Task[Page[T]]]:
        """Cancel the requests in flight; return those that had not finished yet."""
        pending = []
        while self.in_flight:
            task = self.in_flight.popleft()
            if not task.done():
                task.cancel()
                pending.append(task)
            elif not task.cancelled():
                task.exception()  # retrieved, so asyncio does not log it as never retrieved
        return pending


async def _pages(
    query: _Query[T], passes: set[_Pass[Any]], start: int = 1
) -> AsyncGenerator[Page[T], None]:
    """Every page in order from ``start`` (see `Paginator.pages`)."""
    run = _Pass(query)
    passes.add(run)
    try:
        page = await _fetch(query, start)
        concurrent = query.concurrency > 1 and page.total is not None
        planned = math.ceil(page.total / query.page_size) if concurrent and page.total else start
        planned = planned if not page.total_is_capped and page.has_next else start
        run.next_planned, run.last_planned = start + 1, planned
        run.fill(query.concurrency - 1)
        yield page
        while run.in_flight:
            run.fill(query.concurrency)
            page = await run.in_flight[0]
            run.in_flight.popleft()
            if not page.items:
                return
            yield page
        while page.has_next:
            page = await _fetch(query, page.number + 1)
            if not page.items:
                return
            yield page
    finally:
        passes.discard(run)
        pending = run.cancel()
        if pending:
            # Wait until they are gone, so no request outlives the loop that was left.
            await asyncio.wait(pending)


async def _items(
    query: _Query[T], passes: set[_Pass[Any]], start: int = 1
) -> AsyncGenerator[T, None]:
    pages = _pages(query, passes, start)
    try:
        async for page in pages:
            for item in page.items:
                yield item
    finally:
        await pages.aclose()


class Paginator(Generic[T]):
    """Async iterable over the items of every page; :meth:`pages` gives the pages themselves.

    Each ``async for`` is a new pass from page 1. Leaving the loop early (``break``,
    ``return``, an exception) cancels the page requests in flight, with or without
    ``async with``: the event loop closes the abandoned iterator at its next step. ``async
    with paginate(...) as users:`` (or :meth:`aclose`) cancels them and waits until they are
    gone before going on.
    """

    def __init__(
        self,
        operation: ListOperation[T],
        args: tuple[Any, ...],
        *,
        client: BaseClient,
        page_size: int,
        concurrency: int,
        params: dict[str, Any],
    ) -> None:
        check_arguments(page_size, params, concurrency)
        self._query = _Query(operation, args, client, page_size, concurrency, params)
        self._passes: set[_Pass[Any]] = set()
        self._items: AsyncGenerator[T, None] | None = None

    def pages(self, *, start: int = 1) -> AsyncGenerator[Page[T], None]:
        """Every page in order, in a new pass from page ``start`` (to resume after an error:
        ``start=error.page``). The first is fetched alone; when it gives an uncapped total and
        ``concurrency > 1``, the pages up to that total are requested ``concurrency`` at a time
        (one of them possibly held while it is being consumed)."""
        check_start(start)
        return _pages(self._query, self._passes, start)

    def items(self, *, start: int = 1) -> AsyncGenerator[T, None]:
        """The items of every page from page ``start``, in a new pass."""
        check_start(start)
        return _items(self._query, self._passes, start)

    async def page(self, number: int) -> Page[T]:
        """One page (from 1) with its total, for a UI that shows page 3 of N:
        ``page = await logto.users.list(page_size=20).page(3)`` gives ``page.items``,
        ``page.total`` and ``page.has_next``. A page past the end has no items."""
        return await _fetch(self._query, page_number(number))

    def __aiter__(self) -> AsyncIterator[T]:
        return _items(self._query, self._passes)

    async def __anext__(self) -> T:
        """The next item of one pass kept by the paginator (for ``anext(paginator)``)."""
        if self._items is None:
            self._items = _items(self._query, self._passes)
        return await self._items.__anext__()

    async def aclose(self) -> None:
        """Stop: cancel the page requests in flight and wait until they are gone."""
        pending = [task for run in list(self._passes) for task in run.cancel()]
        if pending:
            await asyncio.wait(pending)
        if self._items is not None:
            await self._items.aclose()

    async def __aenter__(self) -> Paginator[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
