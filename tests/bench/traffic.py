"""Recorded Logto answers the benchmark servers replay (``../shared/logto-traffic``).

The recorded file is used where it lies and never copied into the repository. Pages larger than
the recorded ones are made of the recorded user with a distinct id, username, e-mail and name,
so every page has the recorded format (fields, nulls, nested objects, header lines).
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TRAFFIC = REPO_ROOT.parent / "shared" / "logto-traffic" / "exchanges.json"

# Framing and pagination headers are recomputed for every answer; the rest is replayed as is.
_RECOMPUTED = {"content-length", "transfer-encoding", "total-number", "link"}

Headers = list[tuple[str, str]]


@dataclass(frozen=True)
class Recorded:
    """What the servers need from the recorded traffic."""

    user: dict[str, Any]  # one user object of ``users_page1``
    user_headers: Headers  # the headers of ``users_page1`` without framing and pagination
    token_body: bytes  # the body of ``token_ok_basic``
    token_headers: Headers
    no_token_body: bytes  # ``api_no_token``: 401 without an Authorization header
    no_token_headers: Headers


def traffic_path() -> Path:
    """``$LOGTO_TRAFFIC`` when set, else ``../shared/logto-traffic/exchanges.json``."""
    return Path(os.environ.get("LOGTO_TRAFFIC", DEFAULT_TRAFFIC))


def _replayed_headers(exchange: dict[str, Any]) -> Headers:
    pairs = exchange["response"]["headers"]
    return [(str(k), str(v)) for k, v in pairs if str(k).lower() not in _RECOMPUTED]


def _body(exchange: dict[str, Any]) -> bytes:
    return json.dumps(exchange["response"]["body"], separators=(",", ":")).encode()


@cache
def recorded() -> Recorded:
    """Load the recorded exchanges once; a clear error when the file is missing."""
    path = traffic_path()
    if not path.is_file():
        raise SystemExit(
            f"recorded Logto traffic not found at {path}: the bench replays it "
            "(clone next to ../shared, or set LOGTO_TRAFFIC)"
        )
    exchanges = {item["name"]: item for item in json.loads(path.read_text(encoding="utf-8"))}
    page1, token, no_token = (
        exchanges["users_page1"],
        exchanges["token_ok_basic"],
        exchanges["api_no_token"],
    )
    return Recorded(
        user=dict(page1["response"]["body"][0]),
        user_headers=_replayed_headers(page1),
        token_body=_body(token),
        token_headers=_replayed_headers(token),
        no_token_body=_body(no_token),
        no_token_headers=_replayed_headers(no_token),
    )


def make_user(index: int) -> dict[str, Any]:
    """The recorded user, made distinct by ``index``."""
    user = dict(recorded().user)
    user.update(
        id=f"bench{index:07d}",
        username=f"bench_user{index}",
        primaryEmail=f"bench{index}@example.com",
        name=f"Bench User {index}",
    )
    return user


def page_body(page: int, page_size: int, total: int) -> bytes:
    """The JSON body of page ``page`` (from 1) of a collection of ``total`` users."""
    start = (page - 1) * page_size
    users = [make_user(i) for i in range(start, min(start + page_size, total))]
    return json.dumps(users, separators=(",", ":")).encode()


def page_links(origin: str, page: int, page_size: int, total: int) -> Headers:
    """Logto's ``Link`` lines (one per relation, without the ``/api`` prefix) and its total."""
    last = max(1, math.ceil(total / page_size))

    def link(number: int, rel: str) -> tuple[str, str]:
        return ("Link", f'<{origin}/users?page={number}&page_size={page_size}>; rel="{rel}"')

    lines = [("Total-Number", str(total)), link(1, "first")]
    if page > 1:
        lines.append(link(page - 1, "prev"))
    lines.append(link(last, "last"))
    if page < last:
        lines.append(link(page + 1, "next"))
    return lines
