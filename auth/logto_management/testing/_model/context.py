"""What a handler gets: the request, the path parameters the route matched and the state."""

from __future__ import annotations

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
