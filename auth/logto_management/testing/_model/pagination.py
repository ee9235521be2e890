"""Logto's pagination (``koaPagination``), reproduced header for header.

* ``page`` starts at 1 (default 1); ``page_size`` defaults to 20 and may not exceed 100; anything
  else is ``400 guard.invalid_pagination``. A page past the end is an empty list.
* ``Total-Number`` carries the total; ``Link`` lines come in the recorded order ``first``,
  ``prev`` (not on page 1), ``last``, ``next`` (not on the last page), one header line each. Their
  URLs are ``origin + path`` without the ``/api`` mount prefix, with the request's query string
  re-serialized and ``page`` set (replaced in place, or appended).
* When the total is capped (Logto's ``enableCap`` on ``/logs``, or the double's control),
  ``Total-Number`` is the cap plus one, ``Total-Number-Is-Capped: true`` is added and both
  ``last`` and ``next`` are left out: clients walk pages until an empty one comes back.
* Some endpoints make pagination optional: without ``page`` and ``page_size`` they answer every
  item and no pagination headers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .._http import ApiError, JSONType, Request, Response, search_params_query
from .context import Context

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
API_PREFIX = "/api"


@dataclass(frozen=True)
class Page:
    """The page a request asked for; ``size is None`` when pagination is switched off."""

    number: int
    size: int | None

    @property
    def offset(self) -> int:
        return (self.number - 1) * (self.size or 0)


def _invalid() -> ApiError:
    return ApiError(400, "guard.invalid_pagination", "The request pagination value is invalid.")


def _positive(raw: str) -> int:
    try:
        value = float(raw)
    except ValueError:
        raise _invalid() from None
    if not value > 0 or not value.is_integer():
        raise _invalid()
    return int(value)


def parse_page(request: Request, *, optional: bool = False) -> Page:
    raw_page = request.query_value("page")
    raw_size = request.query_value("page_size")
    if optional and not raw_page and not raw_size:
        return Page(1, None)
    number = _positive(raw_page) if raw_page else 1
    size = _positive(raw_size) if raw_size else DEFAULT_PAGE_SIZE
    if size > MAX_PAGE_SIZE:
        raise _invalid()
    return Page(number, size)


def _link(request: Request, page: int, rel: str) -> str:
    pairs = list(request.query)
    replaced = False
    out: list[tuple[str, str]] = []
    for key, value in pairs:
        if key == "page":
            if not replaced:
                out.append(("page", str(page)))
                replaced = True
            continue
        out.append((key, value))
    if not replaced:
        out.append(("page", str(page)))
    path = request.path[len(API_PREFIX) :] if request.path.startswith(API_PREFIX) else request.path
    return f'<{request.origin}{path}?{search_params_query(out)}>; rel="{rel}"'


def paginated_response(
    request: Request,
    page: Page,
    items: Sequence[JSONType],
    *,
    cap: int | None = None,
    view: Callable[[JSONType], JSONType] | None = None,
) -> Response:
    """Answer one page of ``items`` (all matching items, in order) with Logto's headers.

    ``cap``: report the total as capped when it exceeds this number. ``view``: turns an item
    into what the response shows (applied to the answered page only).
    """
    selected = items if page.size is None else items[page.offset : page.offset + page.size]
    body = [view(item) for item in selected] if view is not None else list(selected)
    response = Response.json(body)
    if page.size is None:
        return response
    total = len(items)
    capped = cap is not None and total > cap
    response.headers.append(("Total-Number", str(cap + 1 if capped and cap is not None else total)))
    if capped:
        response.headers.append(("Total-Number-Is-Capped", "true"))
    last = math.ceil(total / page.size) or 1
    links = [_link(request, 1, "first")]
    if page.number > 1:
        links.append(_link(request, page.number - 1, "prev"))
    if not capped:
        links.append(_link(request, last, "last"))
        if page.number < last:
            links.append(_link(request, page.number + 1, "next"))
    response.headers.extend(("Link", link) for link in links)
    return response


def page(ctx: Context, *, optional: bool = False) -> Page:
    return parse_page(ctx.request, optional=optional)


def paged(
    ctx: Context,
    selected: Page,
    rows: Sequence[JSONType],
    view: Callable[[JSONType], JSONType] | None = None,
) -> Response:
    """One page of ``rows``; ``view`` shapes the rows of that page only (cheap big lists)."""
    return paginated_response(ctx.request, selected, rows, cap=ctx.total_number_cap, view=view)
