"""What a handler gets: the request, the path parameters the route matched and the state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .._http import Request
from .state import State


@dataclass
class Context:
    """A request plus what the route matched and the double's state."""

    request: Request
    params: dict[str, str]
    state: State
    total_number_cap: int | None = None
    token_subject: Callable[[str | None, str | None], str | None] | None = None
    """The subject of a bearer token (``Authorization`` header) valid for a resource (any with
    ``None``), or ``None``: for the routes that read tokens themselves (``/authn/hasura``)."""
