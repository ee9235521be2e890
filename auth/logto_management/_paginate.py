"""`paginate`: every item of a list operation, through the paginator that fits the operation.

The async `Paginator` (``_pagination``) for an ``asyncio_detailed`` operation, the
`SyncPaginator` (``_sync_pagination``) for a ``sync_detailed`` one. This module is pagination's
one door: the generated resources and the package's ``__init__`` import from here.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar, overload

from ._base_client import BaseClient
from ._pages import MAX_PAGE_SIZE, Page
from ._pagination import ListOperation, Paginator
from ._sync_pagination import SyncListOperation, SyncPaginator

__all__ = ["MAX_PAGE_SIZE", "Page", "Paginator", "SyncPaginator", "check_operation", "paginate"]

T = TypeVar("T")


def check_operation(operation: Callable[..., Any]) -> bool:
    """True for an async operation, False for a sync one; TypeError for ``asyncio``/``sync``,
    which return the parsed list without the headers that paging reads."""
    name = getattr(operation, "__name__", "")
    if name in ("asyncio", "sync"):
        module = getattr(operation, "__module__", "").rsplit(".", 1)[-1] or "the_operation"
        raise TypeError(
            f"paginate() needs the `_detailed` form of the operation: pass "
            f"{module}.asyncio_detailed (for `async for`) or {module}.sync_detailed (for `for`), "
            f"not {module}.{name}, which returns the items without the paging headers"
        )
    return inspect.iscoroutinefunction(operation)


@overload
def paginate(
    operation: ListOperation[T],
    /,
    *args: Any,
    client: BaseClient,
    page_size: int = MAX_PAGE_SIZE,
    concurrency: int = 1,
    **params: Any,
) -> Paginator[T]: ...


@overload
def paginate(
    operation: SyncListOperation[T],
    /,
    *args: Any,
    client: BaseClient,
    page_size: int = MAX_PAGE_SIZE,
    concurrency: int = 1,
    **params: Any,
) -> SyncPaginator[T]: ...


def paginate(
    operation: ListOperation[T] | SyncListOperation[T],
    /,
    *args: Any,
    client: BaseClient,
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
    A page that fails raises :class:`LogtoApiError` or :class:`LogtoConnectionError` with its
    ``page``; ``.pages(start=error.page)`` / ``.items(start=error.page)`` resume there.
    """
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
