"""Routes requests by method and path template to plain handler functions.

The double has no web framework dependency: a route table of regular expressions and plain
functions is all it needs, and it keeps the per-request cost (which benchmarks measure) small.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from .._http import Response
from .._model.context import Context

Handler = Callable[[Context], Response]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    operation_id: str
    handler: Handler
    pattern: re.Pattern[str]
    params: int


_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class Router:
    """Routes requests by method and path template (``/api/users/{userId}``).

    Templates with fewer parameters win, so ``/organizations/{id}/users/roles`` is tried before
    ``/organizations/{id}/users/{userId}``.
    """

    def __init__(self) -> None:
        self._routes: list[Route] = []

    def add(self, method: str, template: str, operation_id: str, handler: Handler) -> None:
        regex = "^" + _PARAM.sub(lambda m: f"(?P<{m.group(1)}>[^/]+)", template) + "$"
        params = len(_PARAM.findall(template))
        self._routes.append(
            Route(method, template, operation_id, handler, re.compile(regex), params)
        )
        self._routes.sort(key=lambda r: r.params)

    @property
    def routes(self) -> list[Route]:
        return list(self._routes)

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        """The route for a request and its decoded path parameters."""
        for route in self._routes:
            if route.method != method:
                continue
            found = route.pattern.match(path)
            if found is not None:
                return route, {k: unquote(v) for k, v in found.groupdict().items()}
        return None

    def allowed_methods(self, path: str) -> list[str]:
        """Methods that do have a route for this path (for a 405 answer)."""
        return sorted({r.method for r in self._routes if r.pattern.match(path)})
