"""What travels with a request and its answer: header names, request extensions, ``Retry-After``.

The lowest module of the package (it imports nothing of it): the errors, the retry transport,
the httpx clients and the credentials all read the same names from here.

``MAX_RETRIES_EXTENSION`` and ``ATTEMPT_EXTENSION`` are keys of ``httpx.Request.extensions``: the
first carries a client's own retry count down to the retry transport
(``client.with_options(max_retries=...)``), the second the number of the attempt under way back
up to the error raised above it ("3 attempts"). ``RESENDABLE_EXTENSION`` set to ``True`` marks a
request the retry transport may resend whatever its method (the token request: asking twice for a
token changes nothing); ``NOT_RESENT_EXTENSION`` carries back why a request that may have reached
Logto was not resent, for the error's message. ``SINCE_EXTENSION`` is set by the generated
operations that older Logto releases lack (spec/releases.py): the first release that has the
operation, which the error for a 404 without Logto's JSON body names.
"""

from __future__ import annotations

import datetime
import email.utils

__all__ = [
    "ATTEMPT_EXTENSION",
    "MAX_RETRIES_EXTENSION",
    "NOT_RESENT_EXTENSION",
    "REQUEST_ID_HEADER",
    "RESENDABLE_EXTENSION",
    "RETRY_AFTER_HEADER",
    "SINCE_EXTENSION",
    "parse_retry_after",
]

REQUEST_ID_HEADER = "Logto-Core-Request-Id"
"""Logto's id of the request in its own logs (httpx reads header names case-insensitively)."""
RETRY_AFTER_HEADER = "Retry-After"

MAX_RETRIES_EXTENSION = "logto_management.max_retries"
ATTEMPT_EXTENSION = "logto_management.attempt"
RESENDABLE_EXTENSION = "logto_management.resendable"
NOT_RESENT_EXTENSION = "logto_management.not_resent"
SINCE_EXTENSION = "logto_management.since"


def parse_retry_after(value: str, *, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date), or ``None``.

    ``now`` is the current wall-clock time (``time.time()``) for HTTP dates. Never negative.
    """
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # "-0000" or no zone: RFC 9110 dates are GMT
            when = when.replace(tzinfo=datetime.UTC)
        seconds = when.timestamp() - now
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN or infinite
        return None
    return max(0.0, seconds)
