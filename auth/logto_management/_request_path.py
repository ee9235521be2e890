"""The path of a request as it went on the wire, for messages and logs.

httpx's ``URL.path`` is *decoded*: a user id ``../applications``, sent safely as
``/api/users/..%2Fapplications``, reads back as ``/api/users/../applications``, which is not what
was sent and looks like another endpoint. Messages and log lines show the raw (percent-encoded)
path instead, without the query string (search terms may be personal data), and with any
character that is not printable (a control character in a hand-built URL) escaped.
"""

from __future__ import annotations

import httpx

__all__ = ["printable", "sent_path"]


def printable(text: str) -> str:
    """``text`` with each non-printable character (NUL, newline, ESC...) as a ``\\x..`` escape,
    so that a message stays one line and a terminal shows it as it is."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def sent_path(request: httpx.Request) -> str:
    """The path of ``request`` as sent (percent-encoded, no query), printable."""
    raw = request.url.raw_path.split(b"?", 1)[0]
    return printable(raw.decode("ascii", errors="backslashreplace"))
