"""The errors the library raises: one root, `LogtoError`, for all of them.

``LogtoError``
  ``LogtoApiError``            a 4xx/5xx answer (one subclass per common status)
  ``LogtoConnectionError``     no answer: connection refused or dropped, broken answer...
    ``LogtoTimeoutError``      no answer in time
  ``ClientCredentialsError``   the token endpoint refused or misbehaved
  ``AnswerMismatchError``      a 2xx answer that does not fit its model (also a ``ValueError``;
                               in ``_answer_mismatch.py``)

Transport failures name the method, the URL without its query and the attempts made; the httpx
exception is the ``__cause__``.

Logto answers errors with a JSON body ``{"code": "entity.not_found", "message": "...", "data"?:
...}`` (guard errors add ``details``; a malformed JSON request body gives only ``message``).
Proxies in front of Logto may answer with an HTML page or nothing at all.
:meth:`LogtoApiError.from_response` turns any of these into one exception type, picking a subclass
by status, and never fails while doing so: a body that is not JSON is summarised by a short
excerpt.

Only the method and path of the request appear in messages: never its headers (the bearer token),
never its query string (search terms may be personal data). The path is shown as it was sent,
percent-encoded (``/api/users/..%2Fx``, not httpx's decoded ``/api/users/../x``), with any
non-printable character escaped.

A little over 400 lines: the tree and the rules for what each message says stay in one module,
the one a user reads to learn what can be raised (the answer-misfit diagnosis has its own,
``_answer_mismatch``).
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx

from ._headers import (
    ATTEMPT_EXTENSION,
    NOT_RESENT_EXTENSION,
    REQUEST_ID_HEADER,
    RETRY_AFTER_HEADER,
    SINCE_EXTENSION,
    parse_retry_after,
)
from ._request_path import printable, sent_path

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ClientCredentialsError",
    "ConflictError",
    "InternalServerError",
    "LogtoApiError",
    "LogtoConnectionError",
    "LogtoError",
    "LogtoTimeoutError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]

_EXCERPT_CHARS = 200


class LogtoError(Exception):
    """The root of every exception the library raises (bad arguments aside: ``ValueError``)."""


class LogtoApiError(LogtoError):
    """A 4xx/5xx answer from the Logto Management API.

    Attributes:
        status: the HTTP status code (also ``status_code``, as httpx names it).
        code: Logto's error code (``"entity.not_found"``), or ``None`` when the body has none
            (malformed-JSON 400s, proxy pages).
        message: Logto's human-readable message, or a summary of a body that is not Logto's.
        data: Logto's ``data`` member (``{"issues": [...]}`` on ``guard.invalid_input``...).
        details: Logto's ``details`` member, a readable summary of validation failures.
        body: the parsed JSON body, or ``None`` when the body is not JSON.
        method, path: of the request that failed (the path as sent, percent-encoded, without
            the query string).
        page: the page number when the error ended a :func:`paginate` loop, else ``None``.
        request_id: Logto's ``Logto-Core-Request-Id`` answer header (for its logs), or ``None``.
        attempts: how many times the request was sent (more than 1 after retries).
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
    request_id: str | None
    attempts: int
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
        self.request_id = response.headers.get(REQUEST_ID_HEADER)
        self.attempts = _attempts(response)
        super().__init__(self._describe())

    @property
    def status_code(self) -> int:
        """The HTTP status code, as httpx and openai-python call it (the same as ``status``)."""
        return self.status

    def _describe(self) -> str:
        head = f"{self.status} {self.code}" if self.code else str(self.status)
        text = self.message
        if self.details and self.details not in text:
            text = f"{text} {self.details}"
        request = f"{self.method} {self.path}" if self.method else ""
        page = f"page {self.page}" if self.page is not None else ""
        tries = f"{self.attempts} attempts" if self.attempts > 1 else ""
        notes = ", ".join(filter(None, (request, page, tries)))
        where = f" ({notes})" if notes else ""
        return printable(f"{head}: {text}{where}")

    def __str__(self) -> str:
        return self._describe()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status}, code={self.code!r}, "
            f"message={self.message!r}, method={self.method!r}, path={self.path!r}, "
            f"request_id={self.request_id!r})"
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
                # Logto's own 404s are JSON; an unknown route's 404 (an unknown method on a known
                # path: 405) is text.
                if status in (404, 405):
                    message = (
                        f"{reason} (no such route on this server: {_older_server_hint(response)};"
                        f" {kind}: {_excerpt(content)!r})"
                    )
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
            header = response.headers.get(RETRY_AFTER_HEADER)
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


class LogtoConnectionError(LogtoError):
    """No answer came: the connection was refused, dropped or broken, after every retry.

    Attributes:
        method, path: of the request (the path as sent, percent-encoded, without the query).
        url: the request's URL without its query string.
        attempts: how many times the request was sent.
        request: the :class:`httpx.Request`.
        page: the page number when the error ended a :func:`paginate` loop, else ``None``
            (``paginator.pages(start=error.page)`` resumes there).
    The :class:`httpx.TransportError` of the last attempt is the ``__cause__``.
    """

    page: int | None = None

    def __init__(self, message: str, *, request: httpx.Request, attempts: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.method = request.method
        self.path = sent_path(request)
        self.url = printable(str(request.url.copy_with(query=None, fragment=None)))
        self.attempts = attempts

    def __str__(self) -> str:
        return self.message if self.page is None else f"{self.message} (page {self.page})"

    @classmethod
    def from_transport_error(
        cls, exc: httpx.TransportError, request: httpx.Request
    ) -> LogtoConnectionError:
        """The `LogtoConnectionError` (a `LogtoTimeoutError` for a timeout) for ``exc``.

        Use it as ``raise LogtoConnectionError.from_transport_error(exc, request) from exc``.
        """
        attempts = _attempts_of(request)
        error_cls = LogtoTimeoutError if isinstance(exc, httpx.TimeoutException) else cls
        url = printable(str(request.url.copy_with(query=None, fragment=None)))
        tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
        detail = printable(str(exc).strip())
        cause = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
        not_resent = request.extensions.get(NOT_RESENT_EXTENSION)
        note = f"; {not_resent}" if isinstance(not_resent, str) else ""
        what = _what_happened(exc, request)
        message = f"{request.method} {url}: {what} ({tries}; {cause}{note})"
        return error_cls(message, request=request, attempts=attempts)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(method={self.method!r}, path={self.path!r}, "
            f"attempts={self.attempts}, page={self.page!r})"
        )


class LogtoTimeoutError(LogtoConnectionError):
    """No answer came in time (connect, write, read or pool timeout), after every retry."""


class ClientCredentialsError(LogtoError):
    """The token endpoint refused to issue an access token, or answered something unusable.

    A token request that gets no answer at all (connection refused, timeout) raises
    `LogtoConnectionError` / `LogtoTimeoutError` instead, like any other request.

    Attributes:
        status: HTTP status of the token response.
        error: OAuth ``error`` (``invalid_client``, ``invalid_target``, ...), when given.
        error_description: OAuth ``error_description``, when given.
        code: Logto's own error ``code`` (``oidc.invalid_client``, ...), when given.
        request_id: Logto's ``Logto-Core-Request-Id`` response header, for support requests.
        retry_after: for a 429 or 503, the server's ``Retry-After`` in seconds (None without
            one): the token request was retried like an API call and these were the last words.
        attempts: how many times the token request was sent.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        error: str | None = None,
        error_description: str | None = None,
        code: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        attempts: int = 1,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.error = error
        self.error_description = error_description
        self.code = code
        self.request_id = request_id
        self.retry_after = retry_after
        self.attempts = attempts


_TIMEOUT_PHASES: tuple[tuple[type[httpx.TimeoutException], str, str], ...] = (
    (httpx.ConnectTimeout, "connect", "no connection"),
    (httpx.ReadTimeout, "read", "no answer"),
    (httpx.WriteTimeout, "write", "the request could not be sent"),
    (httpx.PoolTimeout, "pool", "no free connection in the pool"),
)
_FAILURES: tuple[tuple[type[httpx.TransportError], str], ...] = (
    (httpx.ConnectError, "could not connect"),
    (httpx.ReadError, "the connection broke while waiting for the answer"),
    (httpx.WriteError, "the connection broke while sending the request"),
    (httpx.RemoteProtocolError, "the server closed the connection or broke the HTTP protocol"),
    (httpx.ProxyError, "the proxy refused the request"),
    (httpx.UnsupportedProtocol, "the URL's protocol is not supported"),
)


def _what_happened(exc: httpx.TransportError, request: httpx.Request) -> str:
    for timeout_cls, phase, what in _TIMEOUT_PHASES:
        if isinstance(exc, timeout_cls):
            seconds = (request.extensions.get("timeout") or {}).get(phase)
            limit = f" {seconds:g} s" if isinstance(seconds, int | float) else ""
            return f"{what} within the{limit} {phase} timeout"
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    for failure_cls, what in _FAILURES:
        if isinstance(exc, failure_cls):
            return what
    return "the request failed"


def _attempts_of(request: httpx.Request) -> int:
    attempts = request.extensions.get(ATTEMPT_EXTENSION)
    return attempts if isinstance(attempts, int) and attempts > 0 else 1


def _attempts(response: httpx.Response) -> int:
    try:
        request = response.request
    except RuntimeError:  # a Response built by hand, without a request
        return 1
    return _attempts_of(request)


def _request_line(response: httpx.Response) -> tuple[str, str]:
    try:
        request = response.request
    except RuntimeError:  # a Response built by hand, without a request
        return "", ""
    return request.method, sent_path(request)


def _older_server_hint(response: httpx.Response) -> str:
    try:
        since = response.request.extensions.get(SINCE_EXTENSION)
    except RuntimeError:  # a Response built by hand, without a request
        since = None
    if isinstance(since, str) and since:
        return f"the server may be older than this operation, which needs Logto ≥ {since}"
    return "the server may be older than this operation"


def _excerpt(content: bytes) -> str:
    """The start of ``content`` as one line of text, at most ``_EXCERPT_CHARS`` long."""
    text = " ".join(content[: _EXCERPT_CHARS * 4].decode("utf-8", errors="replace").split())
    if len(text) > _EXCERPT_CHARS:
        text = text[: _EXCERPT_CHARS - 1] + "…"
    return text
