"""The exchanges recorded from a real Logto 1.42 (../shared/logto-traffic/exchanges.json).

One loader for every test module: tests that need the recording skip where ../shared is absent
(a user's checkout), and each caller gets its own copy, so no test can alter another's data.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest

TRAFFIC = Path(__file__).resolve().parents[3] / "shared" / "logto-traffic" / "exchanges.json"

# Headers that describe the recorded bytes, not the JSON body we re-encode.
FRAMING_HEADERS = {"content-length", "transfer-encoding", "content-encoding"}


@cache
def _load() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(TRAFFIC.read_text(encoding="utf-8"))
    return data


def exchanges() -> list[dict[str, Any]]:
    """All recorded exchanges; skips the test where ../shared is absent."""
    if not TRAFFIC.is_file():
        pytest.skip(f"recorded Logto traffic not found at {TRAFFIC}")
    return copy.deepcopy(_load())


def exchange(name: str) -> dict[str, Any]:
    """The recorded exchange called ``name``."""
    for item in exchanges():
        if item["name"] == name:
            return item
    raise KeyError(name)


def recorded_body(item: dict[str, Any]) -> bytes:
    """The recorded response body as bytes (JSON bodies re-encoded)."""
    body = item["response"]["body"]
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode()
    return json.dumps(body, separators=(",", ":")).encode()


def recorded_response(item: dict[str, Any]) -> httpx.Response:
    """The recorded response: status, headers in wire order (less framing), body."""
    response = item["response"]
    headers = [(k, v) for k, v in response["headers"] if k.lower() not in FRAMING_HEADERS]
    return httpx.Response(response["status"], headers=headers, content=recorded_body(item))
