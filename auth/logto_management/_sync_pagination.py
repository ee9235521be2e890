"""Paging through a list operation with the synchronous client (``sync_detailed`` operations).

The same pages as its twin, the async `Paginator` (``_pagination``), one request at a time; what
they share is in ``_pages``; ``paginate`` (``_paginate``) picks one::

    with create_management_api(...) as logto:
        for user in paginate(list_users.sync_detailed, client=logto):
            ...
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

from ._base_client import BaseClient
from ._errors import LogtoApiError, LogtoConnectionError
from ._pages import DetailedResponse, Page, check_arguments, check_start, page_from, page_number

__all__ = ["SyncListOperation", "SyncPaginator"]

T = TypeVar("T")
SyncListOperation = Callable[..., DetailedResponse[list[T]]]


class SyncPaginator(Generic[T]):
    """Iterator over the items of every page; :meth:`pages` gives the pages themselves.

    A ``for`` loop that stopped early (``break``) continues where it stopped when iterated
    again; once a pass has ended (every page read, an error, or :meth:`close`), iterating again
    starts a new pass from page 1 with fresh requests.
    """

    def __init__(
        self,
        operation: SyncListOperation[T],
        args: tuple[Any, ...],
        *,
        client: BaseClient,
        page_size: int,
        params: dict[str, Any],
    ) -> None:
        check_arguments(page_size, params)
        self._operation = operation
        self._args = args
        self._client = client
        self._page_size = page_size
        self._params = params
        self._items: Generator[T, None, None] | None = None

    def _fetch(self, number: int) -> Page[T]:
        try:
            response = self._operation(
                *self._args,
                client=self._client,
                page=number,
                page_size=self._page_size,
                **self._params,
            )
        except (LogtoApiError, LogtoConnectionError) as error:
            error.page = number
            raise
        return page_from(response, number)

    def page(self, number: int) -> Page[T]:
        """One page (from 1) with its total: ``logto.sync.users.list(page_size=20).page(3)``
        gives ``page.items``, ``page.total`` and ``page.has_next``."""
        return self._fetch(page_number(number))

    def pages(self, *, start: int = 1) -> Generator[Page[T], None, None]:
        """Every page in order from page ``start`` (to resume after an error:
        ``start=error.page``), each requested when the previous one has been consumed."""
        check_start(start)
        return self._pages(start)

    def items(self, *, start: int = 1) -> Generator[T, None, None]:
        """The items of every page from page ``start``, in a new pass."""
        check_start(start)
        return self._iterate_items(start)

    def _pages(self, start: int) -> Generator[Page[T], None, None]:
        page = self._fetch(start)
        yield page
        while page.has_next:
            page = self._fetch(page.number + 1)
            if not page.items:
                return
            yield page

    def _iterate_items(self, start: int = 1) -> Generator[T, None, None]:
        for page in self._pages(start):
            yield from page.items

    def __iter__(self) -> Iterator[T]:
        items = self._items
        if items is None or getattr(items, "gi_frame", None) is None:  # none yet, or it ended
            items = self._items = self._iterate_items()
        return items

    def __next__(self) -> T:
        if self._items is None:
            self._items = self._iterate_items()
        return next(self._items)

    def close(self) -> None:
        """End the current pass; the next iteration starts again from page 1."""
        if self._items is not None:
            self._items.close()

    def __enter__(self) -> SyncPaginator[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
