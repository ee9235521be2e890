"""Paging through any list operation of the generated client.

Logto paginates with ``page`` (from 1) and ``page_size`` (1..100). Answers carry ``Total-Number``
and ``Link`` header lines (``first``, ``prev``, ``next``, ``last``) whose URLs lack the ``/api``
prefix, so they cannot be followed as they are: the next page is requested by number with the
same parameters instead. When Logto caps the count (``Total-Number-Is-Capped: true``) there is no
``next``, and pages are requested until one comes back empty.

Offset pagination over a collection that changes while it is being read may skip or repeat items:
an item created or deleted before the current offset shifts every later item by one position.
Iterate over a stable filter (e.g. a creation-time window), or de-duplicate by id, when that
matters.
"""

from __future__ import annotations

import asyncio
import math
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx

from logto_management_api import Client
from logto_management_api.types import Response

from ._errors import LogtoApiError

if TYPE_CHECKING:
    from ._sync_pagination import SyncListOperation, SyncPaginator

__all__ = ["MAX_PAGE_SIZE", "Page", "Paginator", "paginate"]

T = TypeVar("T")
MAX_PAGE_SIZE = 100
ListOperation = Callable[..., Awaitable[Response[list[T]]]]


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list operation.

    Attributes:
        items: the parsed items of this page.
        number: the page number (from 1).
        total: ``Total-Number`` as an int, or ``None`` when the answer has none.
        total_is_capped: Logto capped the total (``Total-Number-Is-Capped: true``): the real count
            is larger, and ``has_next`` is only known by asking for the next page.
        response: the raw answer, for headers the helper does not interpret.
        has_next: another page follows: a ``rel="next"`` link, or a capped total and a full page.
            Read from the answer when first asked for: concurrent paging plans its requests from
            the total and asks it only of the first and the last page.
    """

    items: list[T]
    number: int
    total: int | None
    total_is_capped: bool
    response: Response[list[T]]

    @cached_property
    def has_next(self) -> bool:
        if self.total_is_capped:
            return len(self.items) > 0
        if self.total is None:
            return False  # an answer without pagination headers is the whole collection
        return bool(self.items) and _has_next_link(self.response)


def _has_next_link(response: Response[list[Any]]) -> bool:
    """Whether a ``Link`` header line carries ``rel="next"``. httpx parses the RFC 8288 syntax,
    including Logto's several ``Link`` lines (joined with commas when read as one value)."""
    links = httpx.Response(200, headers=response.headers).links.values()
    return any("next" in link.get("rel", "").split() for link in links)


def _page_from(response: Response[list[T]], number: int) -> Page[T]:
    if not isinstance(response, Response):
        raise TypeError(
            "paginate() needs an operation that returns a Response (the `_detailed` form, such "
            f"as list_users.asyncio_detailed or list_users.sync_detailed); got {type(response)}"
        )
    if response.status_code >= 400 or response.parsed is None:
        raise _page_error(response, number)
    raw_total = response.headers.get("total-number")
    total = int(raw_total) if raw_total is not None and raw_total.strip().isdigit() else None
    capped = response.headers.get("total-number-is-capped", "").strip().lower() == "true"
    return Page(response.parsed, number, total, capped, response)


def _page_error(response: Response[Any], number: int) -> LogtoApiError:
    raw = httpx.Response(
        response.status_code,
        headers=response.headers,
        content=response.content,
    )
    error = LogtoApiError.from_response(raw)
    error.page = number
    return error


def _check_arguments(page_size: int, params: dict[str, Any], concurrency: int = 1) -> None:
    """What both paginators refuse: a page size Logto rejects, a concurrency below 1 (the
    sync one has none), or a parameter they set themselves."""
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(
            f"page_size must be between 1 and {MAX_PAGE_SIZE}: Logto rejects larger pages "
            f"with 400 guard.invalid_pagination (got {page_size})"
        )
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1 (got {concurrency})")
    for reserved in ("page", "page_size", "client"):
        if reserved in params:
            raise TypeError(f"paginate() sets {reserved!r} itself")


def _page_number(number: int) -> int:
    """A page number Logto accepts (from 1), checked before any request."""
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise ValueError(f"page numbers start at 1 (got {number!r})")
    return number


@dataclass(frozen=True)
class _Query(Generic[T]):
    """What a pass over the pages asks for; holds no reference to any iterator."""

    operation: ListOperation[T]
    args: tuple[Any, ...]
    client: Client
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
    except LogtoApiError as error:
        error.page = number
        raise
    return _page_from(response, number)


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


async def _pages(query: _Query[T], passes: set[_Pass[Any]]) -> AsyncGenerator[Page[T], None]:
    """Every page in order (see `Paginator.pages`)."""
    run = _Pass(query)
    passes.add(run)
    try:
        page = await _fetch(query, 1)
        concurrent = query.concurrency > 1 and page.total is not None
        planned = math.ceil(page.total / query.page_size) if concurrent and page.total else 1
        planned = planned if not page.total_is_capped and page.has_next else 1
        run.next_planned, run.last_planned = 2, planned
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


async def _items(query: _Query[T], passes: set[_Pass[Any]]) -> AsyncGenerator[T, None]:
    pages = _pages(query, passes)
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
        client: Client,
        page_size: int,
        concurrency: int,
        params: dict[str, Any],
    ) -> None:
        _check_arguments(page_size, params, concurrency)
        self._query = _Query(operation, args, client, page_size, concurrency, params)
        self._passes: set[_Pass[Any]] = set()
        self._items: AsyncGenerator[T, None] | None = None

    def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page in order, in a new pass. The first is fetched alone; when it gives an
        uncapped total and ``concurrency > 1``, the pages up to that total are requested
        ``concurrency`` at a time (one of them possibly held while it is being consumed)."""
        return _pages(self._query, self._passes)

    async def page(self, number: int) -> Page[T]:
        """One page (from 1) with its total, for a UI that shows page 3 of N:
        ``page = await logto.users.list(page_size=20).page(3)`` gives ``page.items``,
        ``page.total`` and ``page.has_next``. A page past the end has no items."""
        return await _fetch(self._query, _page_number(number))

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


@overload
def paginate(
    operation: ListOperation[T],
    /,
    *args: Any,
    client: Client,
    page_size: int = MAX_PAGE_SIZE,
    concurrency: int = 1,
    **params: Any,
) -> Paginator[T]: ...


@overload
def paginate(
    operation: SyncListOperation[T],
    /,
    *args: Any,
    client: Client,
    page_size: int = MAX_PAGE_SIZE,
    concurrency: int = 1,
    **params: Any,
) -> SyncPaginator[T]: ...


def paginate(
    operation: ListOperation[T] | SyncListOperation[T],
    /,
    *args: Any,
    client: Client,
    page_size: int = MAX_PAGE_SIZE,
    concurrency: int = 1,
    **params: Any,
) -> Paginator[T] | SyncPaginator[T]:
    """Iterate over the items of every page of a paginated list operation.

    ``operation`` is a generated ``asyncio_detailed`` function (``list_users.asyncio_detailed``,
    for ``async for``) or ``sync_detailed`` function (``list_users.sync_detailed``, for ``for``:
    a `SyncPaginator`); the item type follows from it (``User``). ``asyncio``/``sync`` raise
    TypeError: paging needs the headers of the ``_detailed`` answer. Positional ``args`` are its
    path parameters (``paginate(list_role_users.asyncio_detailed, role_id, client=client)``);
    keyword ``params`` (filters, ``search_params``...) are passed unchanged with every page request.

    ``page_size`` is 1..100 (Logto's limit). With ``concurrency=N`` (N > 1) and an uncapped total,
    the pages after the first are fetched up to N at a time and still yielded in order; at most N
    pages are held at once.

    Offset pagination over a collection that changes during iteration may skip or repeat items.
    A page that fails raises :class:`LogtoApiError` naming the page.
    """
    from ._sync_pagination import SyncPaginator, check_operation

    if not check_operation(operation):
        if concurrency != 1:
            raise ValueError("concurrency > 1 needs the async form (asyncio_detailed)")
        return SyncPaginator(
            operation,  # type: ignore[arg-type]
            args,
            client=client,
            page_size=page_size,
            params=params,
        )
    return Paginator(
        operation,  # type: ignore[arg-type]
        args,
        client=client,
        page_size=page_size,
        concurrency=concurrency,
        params=params,
    )
