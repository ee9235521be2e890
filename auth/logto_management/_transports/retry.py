"""Retrying transports: exponential backoff with full jitter, ``Retry-After``, idempotency rules.

:class:`AsyncRetryTransport` and :class:`RetryTransport` wrap the real httpx transport, so every
attempt goes through the same connection pool and the auth flow above them sees one request.
Before each attempt they wait for the optional client-side rate limiter. They retry:

* connection failures before the request was sent (``ConnectError``, ``ConnectTimeout``,
  ``PoolTimeout``), for every method: the server cannot have acted on the request;
* 429, 502, 503 and 504 answers, and read/write errors, read/write timeouts and broken answers
  (``RemoteProtocolError``) -- after which the server may have acted -- only for idempotent
  methods (GET, HEAD, OPTIONS, PUT, DELETE), unless ``RetryPolicy.retry_non_idempotent``;
* except that a DELETE is resent only when Logto surely did not act on it (no connection, or a
  429/503 refusal): once a first DELETE may have deleted the resource, a second one answers 404,
  and the caller would be told "not found" about a delete that succeeded. Such a DELETE fails
  with the first attempt's error, whose message says it was not resent and why.

A request whose extensions hold ``"logto_management.resendable": True`` is resent like an
idempotent one whatever its method: the token request (a POST) is, since asking twice for a token
changes nothing on the server.

A response can also break after its head, in the middle of the body, which httpx reads above the
transport. So for a request that may still be retried for such errors, the transport reads the
body itself (raw, still encoded) and hands on a response over those bytes: a body cut mid-way is
retried like any other read error. httpx reads a non-streamed body in full anyway; a streamed one
(``client.stream()``) on a retryable request arrives buffered.

The wait before retry *n* (from 1) is ``random() * min(backoff_max, backoff_base * 2 ** (n - 1))``
("full jitter"), or the server's ``Retry-After`` (delta-seconds or HTTP date) capped at
``retry_after_max``. A discarded response is closed before the wait, so its connection goes back to
the pool or is dropped, never leaked. Each retry is logged on the ``logto_management`` logger with
the method, the path (no query string, no headers) the attempt number and the delay; each attempt
at DEBUG level, with its status, elapsed time and Logto's request id.

Per request, the extension ``"logto_management.max_retries"`` (an int) overrides the policy's
``max_retries`` (it is how ``client.with_options(max_retries=...)`` reaches the transport). The
transport writes the number of the attempt under way into ``"logto_management.attempt"`` of the
request's extensions, so that an error raised above it can say how many attempts were made.

Why not a library: ``httpx-retries`` is the one built for an httpx transport, but it never retries a
POST even when the connection was refused before anything was sent, caps ``Retry-After`` with the
same number as the backoff, hard-wires ``time.sleep``/``asyncio.sleep``, the module-level
``random`` and the wall clock, and has no hook for a rate limiter; overriding all that would leave
little of it. ``tenacity`` and ``stamina`` retry function calls and would still need every rule
here written as callbacks. The loop below is short, keeps the runtime dependencies to httpx, attrs
and python-dateutil, and takes ``sleep``, ``random`` and the clock as arguments so that tests
never wait.

A little over 400 lines: the async and sync transports share the policy and every rule above,
and read best side by side (as in httpx's own transports).
"""

from __future__ import annotations

import asyncio
import logging
import random as _random
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

from .._headers import (
    ATTEMPT_EXTENSION,
    MAX_RETRIES_EXTENSION,
    NOT_RESENT_EXTENSION,
    REQUEST_ID_HEADER,
    RESENDABLE_EXTENSION,
    RETRY_AFTER_HEADER,
    parse_retry_after,
)
from .._ratelimit import AsyncLimiter, RateLimiter
from .._request_path import sent_path

__all__ = ["AsyncRetryTransport", "RetryPolicy", "RetryTransport"]

logger = logging.getLogger("logto_management")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Answers that say the server refused the request without acting on it.
REFUSED_STATUSES = frozenset({429, 503})
# Methods whose second attempt answers differently once the first took effect (404 for a DELETE).
REFUSED_ONLY_METHODS = frozenset({"DELETE"})

# Raised before any byte of the request left: safe to retry whatever the method.
_NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Raised once the request may have reached the server: retried for idempotent methods only.
_MAYBE_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to retry. ``max_retries=0`` turns retries off.

    Attributes:
        max_retries: retries after the first attempt (default 2: at most 3 attempts).
        backoff_base: the first backoff ceiling in seconds; it doubles each retry.
        backoff_max: the largest backoff ceiling in seconds.
        retry_after_max: the longest ``Retry-After`` honoured, in seconds; longer ones are capped.
        retry_non_idempotent: also retry POST/PATCH after the request may have reached the
            server (429, 502-504, read errors). Off: a create is never sent twice.
        retry_statuses: the response statuses that are retried.
        idempotent_methods: the methods for which a request that may have been received is retried.
        refused_only_methods: idempotent methods resent only after a refusal (429, 503) or no
            connection, never once the first attempt may have acted: a DELETE resent after
            Logto deleted the resource answers 404, the opposite of what happened.
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    retry_non_idempotent: bool = False
    retry_statuses: frozenset[int] = RETRY_STATUSES
    idempotent_methods: frozenset[str] = IDEMPOTENT_METHODS
    refused_only_methods: frozenset[str] = REFUSED_ONLY_METHODS

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.backoff_base < 0 or self.backoff_max < 0 or self.retry_after_max < 0:
            raise ValueError("backoff_base, backoff_max and retry_after_max must be >= 0")

    def backoff(self, retry: int, random: Callable[[], float] = _random.random) -> float:
        """The full-jitter wait before retry number ``retry`` (1 for the first retry)."""
        exponent = min(max(retry - 1, 0), 62)  # no float overflow for absurd retry counts
        ceiling = min(self.backoff_max, self.backoff_base * 2.0**exponent)
        return random() * ceiling

    def may_resend(self, request: httpx.Request, *, refused: bool = False) -> bool:
        """Whether a request that reached the server can be sent again: ``refused``, after an
        answer that says the server did not act on it (429, 503); else it may have acted."""
        if not _replayable(request):
            return False
        if self.retry_non_idempotent or request.extensions.get(RESENDABLE_EXTENSION) is True:
            return True
        method = request.method.upper()
        if method not in self.idempotent_methods:
            return False
        return refused or method not in self.refused_only_methods


def _replayable(request: httpx.Request) -> bool:
    # Bodies built from bytes, str, json=, data= or files= can be sent again; a generator body
    # would raise StreamConsumed on a second attempt.
    stream = request.stream
    return isinstance(stream, httpx.ByteStream) or type(stream).__name__ == "MultipartStream"


class _RetryRules:
    """What both transports share: the decisions, the delays and the log line."""

    def __init__(
        self,
        policy: RetryPolicy,
        random: Callable[[], float],
        wall_clock: Callable[[], float],
    ) -> None:
        self.policy = policy
        self._random = random
        self._wall_clock = wall_clock

    def _max_retries(self, request: httpx.Request) -> int:
        """The request's own retry count (``MAX_RETRIES_EXTENSION``), else the policy's."""
        value = request.extensions.get(MAX_RETRIES_EXTENSION)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        return self.policy.max_retries

    def _delay_after_error(
        self, request: httpx.Request, exc: Exception, retry: int, max_retries: int
    ) -> float | None:
        if retry > max_retries:
            return None
        if isinstance(exc, _NOT_SENT_ERRORS) or (
            isinstance(exc, _MAYBE_SENT_ERRORS) and self.policy.may_resend(request)
        ):
            return self.policy.backoff(retry, self._random)
        if isinstance(exc, _MAYBE_SENT_ERRORS) and _replayable(request):
            # Said in the error's message: the caller must not read it as "nothing happened".
            request.extensions[NOT_RESENT_EXTENSION] = (
                f"not resent: Logto may have acted on this {request.method}"
            )
        return None

    def _should_buffer(self, request: httpx.Request, retry: int, max_retries: int) -> bool:
        """Whether a body broken mid-way could still be retried, so must be read here."""
        return retry <= max_retries and self.policy.may_resend(request)

    def _delay_after_response(
        self, request: httpx.Request, response: httpx.Response, retry: int, max_retries: int
    ) -> float | None:
        if retry > max_retries:
            return None
        if response.status_code not in self.policy.retry_statuses:
            return None
        refused = response.status_code in REFUSED_STATUSES
        if not self.policy.may_resend(request, refused=refused):
            return None
        header = response.headers.get(RETRY_AFTER_HEADER)
        if header is not None:
            retry_after = parse_retry_after(header, now=self._wall_clock())
            if retry_after is not None:
                return min(retry_after, self.policy.retry_after_max)
        return self.policy.backoff(retry, self._random)

    @contextmanager
    def _attempt(self, request: httpx.Request, attempt: int) -> Iterator[list[httpx.Response]]:
        """Number the attempt in the request's extensions and log it at DEBUG when it ends.

        The caller appends the response it got to the yielded list; an exception is logged as
        the attempt's outcome and passed on.
        """
        request.extensions[ATTEMPT_EXTENSION] = attempt
        if not logger.isEnabledFor(logging.DEBUG):
            yield []
            return
        outcome: list[httpx.Response] = []
        started = time.perf_counter()
        try:
            yield outcome
        except BaseException as exc:
            _log_attempt(request, attempt, time.perf_counter() - started, None, type(exc).__name__)
            raise
        response = outcome[0] if outcome else None
        _log_attempt(request, attempt, time.perf_counter() - started, response, None)

    def _log_retry(
        self, request: httpx.Request, cause: str, retry: int, delay: float, max_retries: int
    ) -> None:
        # Method and path only: the URL's query may hold personal data, headers hold the token.
        path = sent_path(request)
        logger.warning(
            "Retrying %s %s after %s (retry %d of %d, attempt %d) in %.2f s",
            request.method,
            path,
            cause,
            retry,
            max_retries,
            retry + 1,
            delay,
            extra={
                "logto_method": request.method,
                "logto_path": path,
                "logto_attempt": retry + 1,
                "logto_delay": delay,
            },
        )


def _log_attempt(
    request: httpx.Request,
    attempt: int,
    elapsed: float,
    response: httpx.Response | None,
    error: str | None,
) -> None:
    # Method and path only: the URL's query may hold personal data, headers hold the token.
    path = sent_path(request)
    status = response.status_code if response is not None else None
    request_id = response.headers.get(REQUEST_ID_HEADER) if response is not None else None
    outcome = f"{status} {response.reason_phrase}".strip() if response is not None else error
    logger.debug(
        "%s %s -> %s in %.1f ms (attempt %d%s)",
        request.method,
        path,
        outcome,
        elapsed * 1000,
        attempt,
        f", request id {request_id}" if request_id else "",
        extra={
            "logto_method": request.method,
            "logto_path": path,
            "logto_status": status,
            "logto_error": error,
            "logto_elapsed": elapsed,
            "logto_attempt": attempt,
            "logto_request_id": request_id,
        },
    )


def _rebuilt(response: httpx.Response, raw: bytes) -> httpx.Response:
    # The connection went back to the pool: do not pass on a handle to it.
    extensions = {k: v for k, v in response.extensions.items() if k != "network_stream"}
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=extensions,
    )


def _in_memory(response: httpx.Response) -> bool:
    # MockTransport and other in-process transports may hand over a body already in memory.
    return isinstance(response.stream, httpx.ByteStream) or response.is_stream_consumed


async def _abuffered(response: httpx.Response) -> httpx.Response:
    if _in_memory(response):
        return response
    try:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
    return _rebuilt(response, raw)


def _buffered(response: httpx.Response) -> httpx.Response:
    if _in_memory(response):
        return response
    try:
        raw = b"".join(response.iter_raw())
    finally:
        response.close()
    return _rebuilt(response, raw)


def _describe_response(response: httpx.Response) -> str:
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    return f"{response.status_code} {reason}".strip()


class AsyncRetryTransport(_RetryRules, httpx.AsyncBaseTransport):
    """An :class:`httpx.AsyncBaseTransport` that retries transient failures of ``transport``.

    ``sleep``, ``random`` (returns a float in [0, 1)) and ``wall_clock`` (for ``Retry-After``
    dates) are injectable for tests.
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        *,
        policy: RetryPolicy = RetryPolicy(),  # frozen: sharing the default is safe
        rate_limiter: AsyncLimiter | None = None,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        random: Callable[[], float] = _random.random,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(policy, random, wall_clock)
        self.transport = transport
        self.rate_limiter = rate_limiter
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # ``retry`` numbers the retry this attempt's failure would lead to: 1 on the first attempt.
        max_retries = self._max_retries(request)
        for retry in range(1, max_retries + 2):  # bounded: max_retries + 1 attempts
            if self.rate_limiter is not None:
                await self.rate_limiter.acquire()
            try:
                with self._attempt(request, retry) as outcome:
                    response = await self.transport.handle_async_request(request)
                    if self._should_buffer(request, retry, max_retries):
                        response = await _abuffered(response)
                    outcome.append(response)
            except httpx.TransportError as exc:
                delay = self._delay_after_error(request, exc, retry, max_retries)
                if delay is None:
                    raise
                cause = type(exc).__name__
            else:
                delay = self._delay_after_response(request, response, retry, max_retries)
                if delay is None:
                    return response
                cause = _describe_response(response)
                await response.aclose()
            self._log_retry(request, cause, retry, delay, max_retries)
            await self._sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def aclose(self) -> None:
        await self.transport.aclose()


class RetryTransport(_RetryRules, httpx.BaseTransport):
    """The synchronous :class:`AsyncRetryTransport`, for :class:`httpx.Client`."""

    def __init__(
        self,
        transport: httpx.BaseTransport,
        *,
        policy: RetryPolicy = RetryPolicy(),  # frozen: sharing the default is safe
        rate_limiter: RateLimiter | None = None,
        sleep: Callable[[float], object] = time.sleep,
        random: Callable[[], float] = _random.random,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(policy, random, wall_clock)
        self.transport = transport
        self.rate_limiter = rate_limiter
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # ``retry`` numbers the retry this attempt's failure would lead to: 1 on the first attempt.
        max_retries = self._max_retries(request)
        for retry in range(1, max_retries + 2):  # bounded: max_retries + 1 attempts
            if self.rate_limiter is not None:
                self.rate_limiter.acquire()
            try:
                with self._attempt(request, retry) as outcome:
                    response = self.transport.handle_request(request)
                    if self._should_buffer(request, retry, max_retries):
                        response = _buffered(response)
                    outcome.append(response)
            except httpx.TransportError as exc:
                delay = self._delay_after_error(request, exc, retry, max_retries)
                if delay is None:
                    raise
                cause = type(exc).__name__
            else:
                delay = self._delay_after_response(request, response, retry, max_retries)
                if delay is None:
                    return response
                cause = _describe_response(response)
                response.close()
            self._log_retry(request, cause, retry, delay, max_retries)
            self._sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def close(self) -> None:
        self.transport.close()
