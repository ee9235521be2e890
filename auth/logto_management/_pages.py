"""What both paginators share: a `Page`, how an answer becomes one, and the arguments they refuse.

The async `Paginator` (``_pagination``) and the `SyncPaginator` (``_sync_pagination``) build on
this module and not on each other; ``_paginate`` picks one for an operation. Logto paginates
with ``page`` (from 1) and ``page_size`` (1..100); answers carry ``Total-Number`` and ``Link``
header lines (see ``_pagination`` for how the next page is found).

A page is read from a generated operation's ``_detailed`` answer
(``logto_management_api.types.Response``), seen here through `DetailedResponse`, the part of it
paging reads: the core never imports the generated package.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._errors import LogtoApiError

__all__ = [
    "MAX_PAGE_SIZE",
    "DetailedResponse",
    "Page",
    "check_arguments",
    "check_start",
    "has_next_link",
    "page_error",
    "page_from",
    "page_number",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
MAX_PAGE_SIZE = 100
_DETAILED = ("status_code", "content", "headers", "parsed")


class DetailedResponse(Protocol[T_co]):
    """What paging reads of an operation's ``_detailed`` answer: a generated
    ``logto_management_api.types.Response`` (status, body, headers and the parsed items)."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def parsed(self) -> T_co | None: ...


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
    response: DetailedResponse[list[T]]

    @cached_property
    def has_next(self) -> bool:
        if self.total_is_capped:
            return len(self.items) > 0
        if self.total is None:
            return False  # an answer without pagination headers is the whole collection
        return bool(self.items) and has_next_link(self.response)


def has_next_link(response: DetailedResponse[list[Any]]) -> bool:
    """Whether a ``Link`` header line carries ``rel="next"``. httpx parses the RFC 8288 syntax,
    including Logto's several ``Link`` lines (joined with commas when read as one value)."""
    links = httpx.Response(200, headers=response.headers).links.values()
    return any("next" in link.get("rel", "").split() for link in links)


def page_from(response: DetailedResponse[list[T]], number: int) -> Page[T]:
    # DetailedResponse checked by hand: isinstance() with a runtime protocol costs 8 µs a page.
    if not all(hasattr(response, name) for name in _DETAILED):
        raise TypeError(
            "paginate() needs an operation that returns a Response (the `_detailed` form, such "
            f"as list_users.asyncio_detailed or list_users.sync_detailed); got {type(response)}"
        )
    if response.status_code >= 400 or response.parsed is None:
        raise page_error(response, number)
    raw_total = response.headers.get("total-number")
    total = int(raw_total) if raw_total is not None and raw_total.strip().isdigit() else None
    capped = response.headers.get("total-number-is-capped", "").strip().lower() == "true"
    return Page(response.parsed, number, total, capped, response)


def page_error(response: DetailedResponse[Any], number: int) -> LogtoApiError:
    raw = httpx.Response(
        response.status_code,
        headers=response.headers,
        content=response.content,
    )
    error = LogtoApiError.from_response(raw)
    error.page = number
    return error


def check_arguments(page_size: int, params: dict[str, Any], concurrency: int = 1) -> None:
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
    for name, value in params.items():
        # A query map (search_params) is merged into the query: it must not set the page or
        # its size behind the paginator's back (every page 1 again; a size Logto refuses). The
        # generated operation refuses it too; here it is refused before the first request.
        to_dict = getattr(value, "to_dict", None)
        keys = to_dict() if callable(to_dict) else value
        clash = sorted({"page", "page_size"} & set(keys)) if isinstance(keys, Mapping) else []
        if clash:
            raise ValueError(
                f"paginate(): {name} must not set {', '.join(map(repr, clash))}: the paginator "
                "sets the page itself and takes the page size as page_size="
            )


def check_start(start: int) -> None:
    """A page number to start a pass from (``pages(start=...)``, ``items(start=...)``)."""
    if not _is_page_number(start):
        raise ValueError(f"start must be a page number from 1 (got {start!r})")


def _is_page_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def page_number(number: int) -> int:
    """A page number Logto accepts (from 1), checked before any request: what both
    paginators' ``page(n)`` ask for."""
    if not _is_page_number(number):
        raise ValueError(f"page numbers start at 1 (got {number!r})")
    return number
