"""`types.json_loads`, which every generated operation parses a JSON answer with: orjson when it
is installed, and then exactly the values and errors of ``json.loads`` (httpx's ``.json()``)."""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from logto_management_api import types
from logto_management_api.types import json_loads

GENERATED_API = Path(types.__file__).parent / "api"
RECORDED = Path(__file__).resolve().parent.parent / "fixtures" / "real_logto_answers.json"

# What orjson refuses or reads differently, each as bytes a server could send.
EDGE_BODIES = [
    b'{"big": 18446744073709552000}',  # JSON.stringify(2 ** 64): beyond orjson's 64 bits
    b"[-9223372036854775809, 18446744073709551616]",
    b'{"id": "9223372036854775807", "n": 9223372036854775807}',  # 19 digits: left to json.loads
    b'{"n": NaN, "i": Infinity, "m": -Infinity}',
    b'{"s": "\\ud800"}',  # a lone surrogate
    '{"name": "Zoë"}'.encode("utf-16"),
    b'\xef\xbb\xbf{"bom": true}',
    b'{"k": 1, "k": 2}',  # a repeated key: the last one wins
    b'{"f": 1e400, "z": -0.0, "e": 1E-400}',
    b'  [1, 2.5, "x", null, true, false, {}]\n',
]

INVALID_BODIES = [b"", b"{", b"<html>502 Bad Gateway</html>", b'{"a": 1} trailing', b"\xff\xfe\x00"]


def _same(a: Any, b: Any) -> bool:
    """Equal, including the sign of zero, NaN and int against float."""
    if isinstance(a, float) and isinstance(b, float):
        same_sign = math.copysign(1, a) == math.copysign(1, b)
        return (math.isnan(a) and math.isnan(b)) or (a == b and same_sign)
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


@pytest.fixture(params=["orjson", "stdlib"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """json_loads with orjson installed, and as on a machine without it."""
    if request.param == "orjson":
        pytest.importorskip("orjson")
    else:
        monkeypatch.setitem(sys.modules, "orjson", None)  # `import orjson` raises ImportError
    types._orjson_loads.cache_clear()
    yield request.param
    types._orjson_loads.cache_clear()


def test_orjson_is_used_when_installed(parser: str) -> None:
    assert (types._orjson_loads() is not None) == (parser == "orjson")


def test_recorded_real_logto_answers_parse_as_json_loads_does(parser: str) -> None:
    answers = json.loads(RECORDED.read_text())
    bodies = [a["body"].encode() for a in answers if "json" in (a["content_type"] or "")]
    assert len(bodies) > 50
    for body in bodies:
        assert _same(json_loads(body), json.loads(body)), body[:80]


@pytest.mark.parametrize("body", EDGE_BODIES, ids=range(len(EDGE_BODIES)))
def test_what_orjson_refuses_is_parsed_as_json_loads_does(parser: str, body: bytes) -> None:
    assert _same(json_loads(body), json.loads(body))


@pytest.mark.parametrize("body", INVALID_BODIES, ids=range(len(INVALID_BODIES)))
def test_invalid_bodies_raise_json_loads_own_error(parser: str, body: bytes) -> None:
    with pytest.raises((json.JSONDecodeError, UnicodeDecodeError)) as expected:
        json.loads(body)
    with pytest.raises(expected.type) as got:
        json_loads(body)
    assert type(got.value) is expected.type  # not orjson's subclass
    assert str(got.value) == str(expected.value)


def test_no_generated_operation_parses_with_httpx_json() -> None:
    """Every JSON answer goes through json_loads (the endpoint template), none through httpx."""
    sources = {path: path.read_text() for path in GENERATED_API.rglob("*.py")}
    assert not [path.name for path, text in sources.items() if "response.json()" in text]
    users = sources[GENERATED_API / "users" / "list_users.py"]
    assert re.search(r"= json_loads\(response\.content\)", users)
