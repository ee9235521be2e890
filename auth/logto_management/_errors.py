"""Typed errors for 4xx/5xx Management API answers.

Logto answers errors with a JSON body ``{"code": "entity.not_found", "message": "...", "data"?:
...}`` (guard errors add ``details``; a malformed JSON request body gives only ``message``).
Proxies in front of Logto may answer with an HTML page or nothing at all.
:meth:`LogtoApiError.from_response` turns any of these into one exception type, picking a subclass
by status, and never fails while doing so: a body that is not JSON is summarised by a short
excerpt.

Only the method and path of the request appear in messages: never its headers (the bearer token),
never its query string (search terms may be personal data).
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx

from ._retry import parse_retry_after

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "LogtoApiError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]

_EXCERPT_CHARS = 200


class LogtoApiError(Exception):
    """A 4xx/5xx answer from the Logto Management API.

    Attributes:
        status: the HTTP status code.
        code: Logto's error code (``"entity.not_found"``), or ``None`` when the body has none
            (malformed-JSON 400s, proxy pages).
        message: Logto's human-readable message, or a summary of a body that is not Logto's.
        data: Logto's ``data`` member (``{"issues": [...]}`` on ``guard.invalid_input``...).
        details: Logto's ``details`` member, a readable summary of validation failures.
        body: the parsed JSON body, or ``None`` when the body is not JSON.
        method, path: of the request that failed (path without the query string).
        page: the page number when the error ended a :func:`paginate` loop, else ``None``.
        response: the :class:`httpx.Response`, already read.
    """

    status: int
    code: str | None
    message: str
    data: Any
    details: str | None
    body: Any
    method: str
    path: str
    response: httpx.Response
    page: int | None = None

    def __init__(
        self,
        *,
        status: int,
        code: str | None,
        message: str,
        data: Any = None,
        details: str | None = None,
        body: Any = None,
        method: str = "",
        path: str = "",
        response: httpx.Response,
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.data = data
        self.details = details
        self.body = body
        self.method = method
        self.path = path
        self.response = response
        super().__init__(self._describe())

    def _describe(self) -> str:
        head = f"{self.status} {self.code}" if self.code else str(self.status)
        text = self.message
        if self.details and self.details not in text:
            text = f"{text} {self.details}"
        request = f"{self.method} {self.path}" if self.method else ""
        page = f"page {self.page}" if self.page is not None else ""
        where = f" ({', '.join(filter(None, (request, page)))})" if request or page else ""
        return f"{head}: {text}{where}"

    def __str__(self) -> str:
        return self._describe()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status}, code={self.code!r}, "
            f"message={self.message!r}, method={self.method!r}, path={self.path!r})"
        )

    @classmethod
    def from_response(cls, response: httpx.Response) -> LogtoApiError:
        """Build the error for ``response``, an instance of the subclass for its status.

        The response body should have been read (``httpx.Client.request`` does so); a streamed,
        unread body is reported as such instead of being read here.
        """
        status = response.status_code
        error_cls = _class_for_status(status)
        method, path = _request_line(response)
        reason = response.reason_phrase or httpx.codes.get_reason_phrase(status) or "HTTP error"
        code: str | None = None
        data: Any = None
        details: str | None = None
        body: Any = None

        try:
            content = response.content
        except httpx.ResponseNotRead:
            content = None

        if content is None:
            message = f"{reason} (body not read)"
        elif not content.strip():
            message = f"{reason} (empty body)"
        else:
            try:
                body = json.loads(content)
            except ValueError:  # includes UnicodeDecodeError
                body = None
                ctype = response.headers.get("content-type", "").split(";")[0].strip()
                kind = f"non-JSON {ctype} body" if ctype else "non-JSON body"
                message = f"{reason} ({kind}: {_excerpt(content)!r})"
            else:
                if isinstance(body, dict):
                    raw_code = body.get("code")
                    code = raw_code if isinstance(raw_code, str) and raw_code else None
                    raw_message = body.get("message")
                    if isinstance(raw_message, str) and raw_message:
                        message = raw_message
                    else:
                        message = f"{reason} ({_excerpt(content)!r})"
                    data = body.get("data")
                    raw_details = body.get("details")
                    details = raw_details if isinstance(raw_details, str) and raw_details else None
                else:
                    message = f"{reason} ({_excerpt(content)!r})"

        kwargs: dict[str, Any] = {
            "status": status,
            "code": code,
            "message": message,
            "data": data,
            "details": details,
            "body": body,
            "method": method,
            "path": path,
            "response": response,
        }
        if error_cls is RateLimitError:
            header = response.headers.get("retry-after")
            kwargs["retry_after"] = parse_retry_after(header, now=time.time()) if header else None
        return error_cls(**kwargs)


class BadRequestError(LogtoApiError):
    """400: the request is invalid (``guard.invalid_input``, ``guard.invalid_pagination``...)."""


class AuthenticationError(LogtoApiError):
    """401: the access token is missing, invalid or expired (after one refresh and retry)."""


class PermissionDeniedError(LogtoApiError):
    """403: the token lacks the scope for this operation."""


class NotFoundError(LogtoApiError):
    """404: ``entity.not_found``."""


class ConflictError(LogtoApiError):
    """409: the request conflicts with the current state."""


class UnprocessableEntityError(LogtoApiError):
    """422: well-formed but refused (``user.username_already_in_use``, ``role.name_in_use``...)."""


class RateLimitError(LogtoApiError):
    """429: too many requests; ``retry_after``: the server's ``Retry-After`` in seconds, or None."""

    def __init__(self, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(**kwargs)


class InternalServerError(LogtoApiError):
    """5xx: the server (or a proxy in front of it) failed."""


_BY_STATUS: dict[int, type[LogtoApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _class_for_status(status: int) -> type[LogtoApiError]:
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, LogtoApiError)


def _request_line(response: httpx.Response) -> tuple[str, str]:
    try:
        request = response.request
    except RuntimeError:  # a Response built by hand, without a request
        return "", ""
    return request.method, request.url.path


def _excerpt(content: bytes) -> str:
    """The start of ``content`` as one line of text, at most ``_EXCERPT_CHARS`` long."""
    text = " ".join(content[: _EXCERPT_CHARS * 4].decode("utf-8", errors="replace").split())
    if len(text) > _EXCERPT_CHARS:
        text = text[: _EXCERPT_CHARS - 1] + "…"
    return text
